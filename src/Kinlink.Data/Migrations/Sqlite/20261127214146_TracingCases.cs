using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TracingCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AllowedOnRefusal",
                table: "enquiries",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Nothing");

            migrationBuilder.AddColumn<string>(
                name: "FamilyAccessCodeHash",
                table: "enquiries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PfifSourceRecordId",
                table: "enquiries",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "enquiry_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 2043, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiry_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enquiry_attachments_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enquiry_candidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Bucket = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SourceListId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RevisionScored = table.Column<long>(type: "INTEGER", nullable: false),
                    RevisionAtDecision = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiry_candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enquiry_candidates_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_enquiry_candidates_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_enquiry_candidates_source_lists_SourceListId",
                        column: x => x.SourceListId,
                        principalTable: "source_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "enquiry_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Letter = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LetterLanguage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiry_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enquiry_contacts_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enquiry_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromConsent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ToConsent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ConsentObtainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentObtainedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AllowedOnRefusal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiry_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enquiry_events_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_enquiry_events_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_enquiry_events_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enquiry_keys",
                columns: table => new
                {
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiry_keys", x => x.EnquiryId);
                });

            migrationBuilder.CreateTable(
                name: "enquiry_match_subjects",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Forms = table.Column<string>(type: "TEXT", nullable: false),
                    SearchedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiry_match_subjects", x => x.Number);
                    table.ForeignKey(
                        name: "FK_enquiry_match_subjects_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "family_code_failures",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowStartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_code_failures", x => x.Reference);
                });

            migrationBuilder.CreateTable(
                name: "enquiry_match_keys",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enquiry_match_keys", x => new { x.Key, x.Number });
                    table.ForeignKey(
                        name: "FK_enquiry_match_keys_enquiry_match_subjects_Number",
                        column: x => x.Number,
                        principalTable: "enquiry_match_subjects",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enquiries_PfifSourceRecordId",
                table: "enquiries",
                column: "PfifSourceRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_attachments_EnquiryId",
                table: "enquiry_attachments",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_candidates_EnquiryId_PersonId",
                table: "enquiry_candidates",
                columns: new[] { "EnquiryId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_candidates_PersonId",
                table: "enquiry_candidates",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_candidates_SourceListId",
                table: "enquiry_candidates",
                column: "SourceListId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_candidates_State_FirstSeenAt",
                table: "enquiry_candidates",
                columns: new[] { "State", "FirstSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_contacts_EnquiryId",
                table: "enquiry_contacts",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_events_EnquiryId",
                table: "enquiry_events",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_events_PersonId",
                table: "enquiry_events",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_events_PlaceId",
                table: "enquiry_events",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_match_keys_Number",
                table: "enquiry_match_keys",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_match_subjects_EnquiryId",
                table: "enquiry_match_subjects",
                column: "EnquiryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enquiry_match_subjects_SearchedAt",
                table: "enquiry_match_subjects",
                column: "SearchedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enquiry_attachments");

            migrationBuilder.DropTable(
                name: "enquiry_candidates");

            migrationBuilder.DropTable(
                name: "enquiry_contacts");

            migrationBuilder.DropTable(
                name: "enquiry_events");

            migrationBuilder.DropTable(
                name: "enquiry_keys");

            migrationBuilder.DropTable(
                name: "enquiry_match_keys");

            migrationBuilder.DropTable(
                name: "family_code_failures");

            migrationBuilder.DropTable(
                name: "enquiry_match_subjects");

            migrationBuilder.DropIndex(
                name: "IX_enquiries_PfifSourceRecordId",
                table: "enquiries");

            migrationBuilder.DropColumn(
                name: "AllowedOnRefusal",
                table: "enquiries");

            migrationBuilder.DropColumn(
                name: "FamilyAccessCodeHash",
                table: "enquiries");

            migrationBuilder.DropColumn(
                name: "PfifSourceRecordId",
                table: "enquiries");
        }
    }
}
