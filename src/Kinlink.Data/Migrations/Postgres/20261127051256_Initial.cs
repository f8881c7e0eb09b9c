using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "places",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameLatin = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HoldingPartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_places", x => x.Id);
                    table.ForeignKey(
                        name: "FK_places_parties_HoldingPartyId",
                        column: x => x.HoldingPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "source_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RowsTotal = table.Column<int>(type: "integer", nullable: false),
                    RowsAccepted = table.Column<int>(type: "integer", nullable: false),
                    RowsRejected = table.Column<int>(type: "integer", nullable: false),
                    PersonsCreated = table.Column<int>(type: "integer", nullable: false),
                    PersonsUpdated = table.Column<int>(type: "integer", nullable: false),
                    EventsAdded = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_source_lists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_source_lists_parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DateOfBirth = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PlaceOfBirth = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ServiceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    DependsOnPartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    FatherName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MotherMaidenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InformName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InformAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CorrespondenceAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CurrentStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentPlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    StatusSince = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SeriouslyIllOrWounded = table.Column<bool>(type: "boolean", nullable: false),
                    LastHealthNews = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SortName = table.Column<string>(type: "character varying(310)", maxLength: 310, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_persons_parties_DependsOnPartyId",
                        column: x => x.DependsOnPartyId,
                        principalTable: "parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_persons_places_CurrentPlaceId",
                        column: x => x.CurrentPlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_name_forms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Surname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Patronymic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Script = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SourceListId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceLabel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_name_forms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_name_forms_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_person_name_forms_source_lists_SourceListId",
                        column: x => x.SourceListId,
                        principalTable: "source_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "status_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromPlaceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Condition = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SeriouslyIllOrWounded = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SourceListId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceLabel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsCorrection = table.Column<bool>(type: "boolean", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_events_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_status_events_places_FromPlaceId",
                        column: x => x.FromPlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_status_events_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_status_events_source_lists_SourceListId",
                        column: x => x.SourceListId,
                        principalTable: "source_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "name_search_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    NameFormId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_name_search_keys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_name_search_keys_person_name_forms_NameFormId",
                        column: x => x.NameFormId,
                        principalTable: "person_name_forms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_name_search_keys_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_name_search_keys_Key_PersonId",
                table: "name_search_keys",
                columns: new[] { "Key", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_name_search_keys_NameFormId",
                table: "name_search_keys",
                column: "NameFormId");

            migrationBuilder.CreateIndex(
                name: "IX_name_search_keys_PersonId",
                table: "name_search_keys",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_parties_Code",
                table: "parties",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_name_forms_PersonId",
                table: "person_name_forms",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_name_forms_SourceListId",
                table: "person_name_forms",
                column: "SourceListId");

            migrationBuilder.CreateIndex(
                name: "IX_persons_CurrentPlaceId",
                table: "persons",
                column: "CurrentPlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_persons_CurrentStatus_CurrentPlaceId",
                table: "persons",
                columns: new[] { "CurrentStatus", "CurrentPlaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_persons_DependsOnPartyId_ServiceNumber",
                table: "persons",
                columns: new[] { "DependsOnPartyId", "ServiceNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_persons_Reference",
                table: "persons",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_persons_SeriouslyIllOrWounded_CurrentStatus",
                table: "persons",
                columns: new[] { "SeriouslyIllOrWounded", "CurrentStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_persons_SortName",
                table: "persons",
                column: "SortName");

            migrationBuilder.CreateIndex(
                name: "IX_places_Code",
                table: "places",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_places_HoldingPartyId",
                table: "places",
                column: "HoldingPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_source_lists_ContentHash",
                table: "source_lists",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_source_lists_ImportedAt",
                table: "source_lists",
                column: "ImportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_source_lists_PartyId",
                table: "source_lists",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_FromPlaceId",
                table: "status_events",
                column: "FromPlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_PersonId",
                table: "status_events",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_PlaceId",
                table: "status_events",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_SourceListId",
                table: "status_events",
                column: "SourceListId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "name_search_keys");

            migrationBuilder.DropTable(
                name: "status_events");

            migrationBuilder.DropTable(
                name: "person_name_forms");

            migrationBuilder.DropTable(
                name: "persons");

            migrationBuilder.DropTable(
                name: "source_lists");

            migrationBuilder.DropTable(
                name: "places");

            migrationBuilder.DropTable(
                name: "parties");
        }
    }
}
