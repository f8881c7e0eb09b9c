using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnquiryCaseAndConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CaseId",
                table: "enquiries",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PersonId",
                table: "enquiries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SharingConsent",
                table: "enquiries",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            // Enquiries taken before cases existed each open a case of their own.
            migrationBuilder.Sql("UPDATE enquiries SET \"CaseId\" = \"Id\";");

            migrationBuilder.CreateIndex(
                name: "IX_enquiries_CaseId",
                table: "enquiries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiries_PersonId",
                table: "enquiries",
                column: "PersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_enquiries_persons_PersonId",
                table: "enquiries",
                column: "PersonId",
                principalTable: "persons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_enquiries_persons_PersonId",
                table: "enquiries");

            migrationBuilder.DropIndex(
                name: "IX_enquiries_CaseId",
                table: "enquiries");

            migrationBuilder.DropIndex(
                name: "IX_enquiries_PersonId",
                table: "enquiries");

            migrationBuilder.DropColumn(
                name: "CaseId",
                table: "enquiries");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "enquiries");

            migrationBuilder.DropColumn(
                name: "SharingConsent",
                table: "enquiries");
        }
    }
}
