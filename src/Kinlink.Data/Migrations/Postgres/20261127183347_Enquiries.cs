using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Enquiries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EnquirerFullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnquirerRelation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EnquirerRelationOther = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnquirerPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnquirerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    EnquirerPostalAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EnquirerLanguage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SoughtSurname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SoughtGivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SoughtPatronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SoughtSex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SoughtDateOfBirth = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SoughtAgeYears = table.Column<int>(type: "integer", nullable: true),
                    SoughtAgeAsOf = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SoughtPlaceOfBirth = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SoughtMilitaryUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SoughtServiceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SoughtDependsOnPartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastNewsDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    LastNewsPlace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HowNewsCame = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LegalBasisNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ConsentGiven = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enquiries_parties_SoughtDependsOnPartyId",
                        column: x => x.SoughtDependsOnPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enquiries_Reference",
                table: "enquiries",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enquiries_SoughtDependsOnPartyId",
                table: "enquiries",
                column: "SoughtDependsOnPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiries_SoughtServiceNumber",
                table: "enquiries",
                column: "SoughtServiceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_enquiries_Status",
                table: "enquiries",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enquiries");
        }
    }
}
