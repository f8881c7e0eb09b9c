using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_persons_CurrentStatus_MergedIntoId_SortName_Id",
                table: "persons",
                columns: new[] { "CurrentStatus", "MergedIntoId", "SortName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_persons_DependsOnPartyId_MergedIntoId_SortName_Id",
                table: "persons",
                columns: new[] { "DependsOnPartyId", "MergedIntoId", "SortName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_persons_MergedIntoId_SortName_Id",
                table: "persons",
                columns: new[] { "MergedIntoId", "SortName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_persons_ServiceNumber",
                table: "persons",
                column: "ServiceNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_persons_CurrentStatus_MergedIntoId_SortName_Id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "IX_persons_DependsOnPartyId_MergedIntoId_SortName_Id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "IX_persons_MergedIntoId_SortName_Id",
                table: "persons");

            migrationBuilder.DropIndex(
                name: "IX_persons_ServiceNumber",
                table: "persons");
        }
    }
}
