using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MatchKeysDuplicatesMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "persons",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "kinlink_settings",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kinlink_settings", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "person_match_keys",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_match_keys", x => new { x.Key, x.PersonId });
                    table.ForeignKey(
                        name: "FK_person_match_keys_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_merges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AbsorbedId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    MergedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MergedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SplitAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SplitBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_merges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_merges_persons_AbsorbedId",
                        column: x => x.AbsorbedId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_person_merges_persons_SurvivorId",
                        column: x => x.SurvivorId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_pairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Bucket = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FirstVersionAtDecision = table.Column<int>(type: "integer", nullable: true),
                    SecondVersionAtDecision = table.Column<int>(type: "integer", nullable: true),
                    MergeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duplicate_pairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_duplicate_pairs_person_merges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "person_merges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_duplicate_pairs_persons_FirstPersonId",
                        column: x => x.FirstPersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_duplicate_pairs_persons_SecondPersonId",
                        column: x => x.SecondPersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_merge_fields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MergeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SurvivorValue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AbsorbedValue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_merge_fields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_merge_fields_person_merges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "person_merges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_merge_rows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MergeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RowId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_merge_rows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_merge_rows_person_merges_MergeId",
                        column: x => x.MergeId,
                        principalTable: "person_merges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_persons_MergedIntoId",
                table: "persons",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_duplicate_pairs_FirstPersonId_SecondPersonId",
                table: "duplicate_pairs",
                columns: new[] { "FirstPersonId", "SecondPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_duplicate_pairs_MergeId",
                table: "duplicate_pairs",
                column: "MergeId");

            migrationBuilder.CreateIndex(
                name: "IX_duplicate_pairs_SecondPersonId",
                table: "duplicate_pairs",
                column: "SecondPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_duplicate_pairs_State_Bucket_Score",
                table: "duplicate_pairs",
                columns: new[] { "State", "Bucket", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_person_match_keys_PersonId",
                table: "person_match_keys",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_merge_fields_MergeId",
                table: "person_merge_fields",
                column: "MergeId");

            migrationBuilder.CreateIndex(
                name: "IX_person_merge_rows_MergeId",
                table: "person_merge_rows",
                column: "MergeId");

            migrationBuilder.CreateIndex(
                name: "IX_person_merges_AbsorbedId",
                table: "person_merges",
                column: "AbsorbedId");

            migrationBuilder.CreateIndex(
                name: "IX_person_merges_SurvivorId",
                table: "person_merges",
                column: "SurvivorId");

            migrationBuilder.AddForeignKey(
                name: "FK_persons_persons_MergedIntoId",
                table: "persons",
                column: "MergedIntoId",
                principalTable: "persons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_persons_persons_MergedIntoId",
                table: "persons");

            migrationBuilder.DropTable(
                name: "duplicate_pairs");

            migrationBuilder.DropTable(
                name: "kinlink_settings");

            migrationBuilder.DropTable(
                name: "person_match_keys");

            migrationBuilder.DropTable(
                name: "person_merge_fields");

            migrationBuilder.DropTable(
                name: "person_merge_rows");

            migrationBuilder.DropTable(
                name: "person_merges");

            migrationBuilder.DropIndex(
                name: "IX_persons_MergedIntoId",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "persons");
        }
    }
}
