using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Visits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "visit_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    DetainingPartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposedTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AwaitingSince = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ProposedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AnswerReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_visit_requests_parties_DetainingPartyId",
                        column: x => x.DetainingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_visit_requests_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_request_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_request_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_visit_request_events_visit_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "visit_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "visit_request_persons",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AnswerReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_request_persons", x => new { x.RequestId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_visit_request_persons_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_visit_request_persons_visit_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "visit_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DetainingPartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Delegates = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AllPlacesSeen = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrivateInterviewsAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    DetaineeListProvided = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SealedFindings = table.Column<string>(type: "TEXT", maxLength: 80043, nullable: true),
                    SealedRecommendations = table.Column<string>(type: "TEXT", maxLength: 80043, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_visits_parties_DetainingPartyId",
                        column: x => x.DetainingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_visits_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_visits_visit_requests_VisitRequestId",
                        column: x => x.VisitRequestId,
                        principalTable: "visit_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StateChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    StateChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StateNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_visit_follow_ups_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_visit_follow_ups_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "visit_persons",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seen = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotSeenReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NotSeenNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PrivateInterview = table.Column<bool>(type: "INTEGER", nullable: false),
                    MessagesToSend = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FamilyToInform = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SealedNote = table.Column<string>(type: "TEXT", maxLength: 80043, nullable: true),
                    RegisteredDuringVisit = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_persons", x => new { x.VisitId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_visit_persons_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_visit_persons_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_visit_follow_ups_Owner_State",
                table: "visit_follow_ups",
                columns: new[] { "Owner", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_visit_follow_ups_PersonId",
                table: "visit_follow_ups",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_follow_ups_VisitId",
                table: "visit_follow_ups",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_persons_PersonId_Seen",
                table: "visit_persons",
                columns: new[] { "PersonId", "Seen" });

            migrationBuilder.CreateIndex(
                name: "IX_visit_request_events_RequestId",
                table: "visit_request_events",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_request_persons_PersonId",
                table: "visit_request_persons",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_requests_DetainingPartyId_Status",
                table: "visit_requests",
                columns: new[] { "DetainingPartyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_visit_requests_PlaceId",
                table: "visit_requests",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_visit_requests_Reference",
                table: "visit_requests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_visits_DetainingPartyId",
                table: "visits",
                column: "DetainingPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_visits_PlaceId_EndedOn",
                table: "visits",
                columns: new[] { "PlaceId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_visits_Reference",
                table: "visits",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_visits_VisitRequestId",
                table: "visits",
                column: "VisitRequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "visit_follow_ups");

            migrationBuilder.DropTable(
                name: "visit_persons");

            migrationBuilder.DropTable(
                name: "visit_request_events");

            migrationBuilder.DropTable(
                name: "visit_request_persons");

            migrationBuilder.DropTable(
                name: "visits");

            migrationBuilder.DropTable(
                name: "visit_requests");
        }
    }
}
