using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Exchanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "death_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedByPartyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DateOfDeath = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PlaceOfDeath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CauseOfDeath = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Circumstances = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DateOfBurial = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PlaceOfBurial = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    GraveIdentification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    GraveMarked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Cremated = table.Column<bool>(type: "INTEGER", nullable: false),
                    CremationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OfficialEnquiryRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResponsibleAuthority = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Witnesses = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TransmittedToPartyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TransmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    TransmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_death_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_death_notifications_parties_ReportedByPartyId",
                        column: x => x.ReportedByPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_death_notifications_parties_TransmittedToPartyId",
                        column: x => x.TransmittedToPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_death_notifications_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    PartyAId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyBId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CountPerSide = table.Column<int>(type: "INTEGER", nullable: true),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TermsNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExecutedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExecutedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ExecutedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BalanceNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchanges_parties_PartyAId",
                        column: x => x.PartyAId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchanges_parties_PartyBId",
                        column: x => x.PartyBId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "family_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutcomeKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InformedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    InformedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_family_notices_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_family_notices_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_family_notices_status_events_StatusEventId",
                        column: x => x.StatusEventId,
                        principalTable: "status_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "judicial_proceedings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProsecutingPartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Charges = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LegalProvisions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrialDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrialPlace = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SentencedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DeathSentence = table.Column<bool>(type: "INTEGER", nullable: false),
                    SentenceEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ServedAtPlaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StageNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_judicial_proceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_judicial_proceedings_parties_ProsecutingPartyId",
                        column: x => x.ProsecutingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_judicial_proceedings_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_judicial_proceedings_places_ServedAtPlaceId",
                        column: x => x.ServedAtPlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "medical_repatriation_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SealedDiagnosis = table.Column<string>(type: "TEXT", maxLength: 8043, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Wish = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InterviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ExaminedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExaminationPlace = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecisionCommunicatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CarriedOutOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_medical_repatriation_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_medical_repatriation_cases_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "death_certificates",
                columns: table => new
                {
                    DeathNotificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_death_certificates", x => x.DeathNotificationId);
                    table.ForeignKey(
                        name: "FK_death_certificates_death_notifications_DeathNotificationId",
                        column: x => x.DeathNotificationId,
                        principalTable: "death_notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "effects_packets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeathNotificationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SealNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedFrom = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HandedOverOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandedOverTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandedOverToPartyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandoverNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_effects_packets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_effects_packets_death_notifications_DeathNotificationId",
                        column: x => x.DeathNotificationId,
                        principalTable: "death_notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_effects_packets_parties_HandedOverToPartyId",
                        column: x => x.HandedOverToPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_effects_packets_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exchange_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExchangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleasingPartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ListedSurname = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ListedGivenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ListedPatronymic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ListedDateOfBirth = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ListedServiceNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ListedNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CandidateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IdentityConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    IdentityConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdentityConfirmedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Wish = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InterviewedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    InterviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SealedInterviewNote = table.Column<string>(type: "TEXT", maxLength: 8043, nullable: false),
                    MedicalCategory = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BlockingIssue = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NotHandedOverReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    HandedOverOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_entries_exchanges_ExchangeId",
                        column: x => x.ExchangeId,
                        principalTable: "exchanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_exchange_entries_parties_ReleasingPartyId",
                        column: x => x.ReleasingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_exchange_entries_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "effects_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PacketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_effects_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_effects_items_effects_packets_PacketId",
                        column: x => x.PacketId,
                        principalTable: "effects_packets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_death_notifications_PersonId",
                table: "death_notifications",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_death_notifications_Reference",
                table: "death_notifications",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_death_notifications_ReportedByPartyId",
                table: "death_notifications",
                column: "ReportedByPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_death_notifications_TransmittedToPartyId_Status",
                table: "death_notifications",
                columns: new[] { "TransmittedToPartyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_effects_items_PacketId_Position",
                table: "effects_items",
                columns: new[] { "PacketId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_effects_packets_DeathNotificationId",
                table: "effects_packets",
                column: "DeathNotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_effects_packets_HandedOverToPartyId",
                table: "effects_packets",
                column: "HandedOverToPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_effects_packets_PersonId",
                table: "effects_packets",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_effects_packets_Reference",
                table: "effects_packets",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_entries_ExchangeId_ReleasingPartyId",
                table: "exchange_entries",
                columns: new[] { "ExchangeId", "ReleasingPartyId" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_entries_PersonId",
                table: "exchange_entries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_entries_ReleasingPartyId",
                table: "exchange_entries",
                column: "ReleasingPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_PartyAId",
                table: "exchanges",
                column: "PartyAId");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_PartyBId",
                table: "exchanges",
                column: "PartyBId");

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_Reference",
                table: "exchanges",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchanges_Status",
                table: "exchanges",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_family_notices_EnquiryId_StatusEventId",
                table: "family_notices",
                columns: new[] { "EnquiryId", "StatusEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_family_notices_PersonId",
                table: "family_notices",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_family_notices_StatusEventId",
                table: "family_notices",
                column: "StatusEventId");

            migrationBuilder.CreateIndex(
                name: "IX_judicial_proceedings_PersonId_Stage",
                table: "judicial_proceedings",
                columns: new[] { "PersonId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_judicial_proceedings_ProsecutingPartyId",
                table: "judicial_proceedings",
                column: "ProsecutingPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_judicial_proceedings_Reference",
                table: "judicial_proceedings",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_judicial_proceedings_ServedAtPlaceId",
                table: "judicial_proceedings",
                column: "ServedAtPlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_judicial_proceedings_Stage",
                table: "judicial_proceedings",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_medical_repatriation_cases_PersonId",
                table: "medical_repatriation_cases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_medical_repatriation_cases_Reference",
                table: "medical_repatriation_cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_medical_repatriation_cases_Status_PersonId",
                table: "medical_repatriation_cases",
                columns: new[] { "Status", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "death_certificates");

            migrationBuilder.DropTable(
                name: "effects_items");

            migrationBuilder.DropTable(
                name: "exchange_entries");

            migrationBuilder.DropTable(
                name: "family_notices");

            migrationBuilder.DropTable(
                name: "judicial_proceedings");

            migrationBuilder.DropTable(
                name: "medical_repatriation_cases");

            migrationBuilder.DropTable(
                name: "effects_packets");

            migrationBuilder.DropTable(
                name: "exchanges");

            migrationBuilder.DropTable(
                name: "death_notifications");
        }
    }
}
