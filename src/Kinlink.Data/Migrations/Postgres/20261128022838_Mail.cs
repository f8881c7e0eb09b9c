using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Mail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mail_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DetainingPartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DispatchedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_batches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mail_batches_parties_DetainingPartyId",
                        column: x => x.DetainingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_mail_batches_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "party_mail_limits",
                columns: table => new
                {
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    LettersPerMonth = table.Column<int>(type: "integer", nullable: true),
                    CardsPerMonth = table.Column<int>(type: "integer", nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_mail_limits", x => x.PartyId);
                    table.ForeignKey(
                        name: "FK_party_mail_limits_parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SealedCorrespondentName = table.Column<string>(type: "character varying(843)", maxLength: 843, nullable: false),
                    SealedCorrespondentAddress = table.Column<string>(type: "character varying(2043)", maxLength: 2043, nullable: false),
                    CorrespondentRelation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SealedText = table.Column<string>(type: "character varying(16043)", maxLength: 16043, nullable: false),
                    HasScan = table.Column<bool>(type: "boolean", nullable: false),
                    InReplyToId = table.Column<Guid>(type: "uuid", nullable: true),
                    CheckOutcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CheckNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Intake = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RoutedPlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DetainingPartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeliveryChannel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DeliveredOnVisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UndeliverableReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OutcomeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StoppedForSender = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_messages_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_messages_mail_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "mail_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_messages_messages_InReplyToId",
                        column: x => x.InReplyToId,
                        principalTable: "messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_messages_parties_DetainingPartyId",
                        column: x => x.DetainingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_messages_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_messages_places_RoutedPlaceId",
                        column: x => x.RoutedPlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_messages_visits_DeliveredOnVisitId",
                        column: x => x.DeliveredOnVisitId,
                        principalTable: "visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "parcels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedSenderName = table.Column<string>(type: "character varying(843)", maxLength: 843, nullable: false),
                    SealedSenderAddress = table.Column<string>(type: "character varying(2043)", maxLength: 2043, nullable: false),
                    TotalWeightGrams = table.Column<int>(type: "integer", nullable: false),
                    RefusalReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ReceiptSigner = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ReceiptSignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnquiryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Intake = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RoutedPlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DetainingPartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeliveryChannel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DeliveredOnVisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UndeliverableReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OutcomeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StoppedForSender = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parcels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_parcels_enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_parcels_mail_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "mail_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_parcels_parties_DetainingPartyId",
                        column: x => x.DetainingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_parcels_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_parcels_places_RoutedPlaceId",
                        column: x => x.RoutedPlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_parcels_visits_DeliveredOnVisitId",
                        column: x => x.DeliveredOnVisitId,
                        principalTable: "visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "message_scans",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_scans", x => x.MessageId);
                    table.ForeignKey(
                        name: "FK_message_scans_messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mail_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    ParcelId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mail_events_messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_mail_events_parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "parcel_lines",
                columns: table => new
                {
                    ParcelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    WeightGrams = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parcel_lines", x => new { x.ParcelId, x.Number });
                    table.ForeignKey(
                        name: "FK_parcel_lines_parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mail_batches_DetainingPartyId",
                table: "mail_batches",
                column: "DetainingPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_mail_batches_PlaceId_Status",
                table: "mail_batches",
                columns: new[] { "PlaceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_mail_batches_Reference",
                table: "mail_batches",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mail_events_MessageId",
                table: "mail_events",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_mail_events_ParcelId",
                table: "mail_events",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_BatchId",
                table: "messages",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_DeliveredOnVisitId",
                table: "messages",
                column: "DeliveredOnVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_DetainingPartyId_Status",
                table: "messages",
                columns: new[] { "DetainingPartyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_EnquiryId",
                table: "messages",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_InReplyToId",
                table: "messages",
                column: "InReplyToId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_PersonId_Status",
                table: "messages",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_Reference",
                table: "messages",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messages_RoutedPlaceId_Status",
                table: "messages",
                columns: new[] { "RoutedPlaceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_parcels_BatchId",
                table: "parcels",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_parcels_DeliveredOnVisitId",
                table: "parcels",
                column: "DeliveredOnVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_parcels_DetainingPartyId_Status",
                table: "parcels",
                columns: new[] { "DetainingPartyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_parcels_EnquiryId",
                table: "parcels",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_parcels_PersonId_Status",
                table: "parcels",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_parcels_Reference",
                table: "parcels",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_parcels_RoutedPlaceId_Status",
                table: "parcels",
                columns: new[] { "RoutedPlaceId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mail_events");

            migrationBuilder.DropTable(
                name: "message_scans");

            migrationBuilder.DropTable(
                name: "parcel_lines");

            migrationBuilder.DropTable(
                name: "party_mail_limits");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "parcels");

            migrationBuilder.DropTable(
                name: "mail_batches");
        }
    }
}
