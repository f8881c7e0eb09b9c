using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonRegisteredByParty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RegisteredByPartyId",
                table: "persons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_persons_RegisteredByPartyId",
                table: "persons",
                column: "RegisteredByPartyId");

            migrationBuilder.AddForeignKey(
                name: "FK_persons_parties_RegisteredByPartyId",
                table: "persons",
                column: "RegisteredByPartyId",
                principalTable: "parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_persons_parties_RegisteredByPartyId",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "IX_persons_RegisteredByPartyId",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "RegisteredByPartyId",
                table: "persons");
        }
    }
}
