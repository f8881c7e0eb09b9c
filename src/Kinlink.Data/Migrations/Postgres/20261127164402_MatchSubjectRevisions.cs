using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinlink.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MatchSubjectRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Revision",
                table: "person_match_subjects",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_person_match_subjects_Revision",
                table: "person_match_subjects",
                column: "Revision");

            // Every insert, and every change of a subject's forms, takes the next revision, so that a server's resident
            // index can read what changed since it last looked (ResidentMatchIndex). The revision is given as the
            // transaction commits (a deferred trigger), under a transaction lock that committing writers of subjects
            // take in turn: a revision is then visible only after every lower one, so a reader that has seen revision
            // n has seen all before it; and no writer waits for another's whole transaction, only for its commit.
            // ("kinlinkr" in ASCII, read as a number.)
            migrationBuilder.Sql("CREATE SEQUENCE person_match_subject_revisions;");
            migrationBuilder.Sql("UPDATE \"person_match_subjects\" SET \"Revision\" = \"Number\";");
            migrationBuilder.Sql("SELECT setval('person_match_subject_revisions', GREATEST(1, (SELECT COALESCE(MAX(\"Revision\"), 0) FROM \"person_match_subjects\")));");
            migrationBuilder.Sql(@"CREATE FUNCTION person_match_subjects_revise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7739838846517275506);
    UPDATE ""person_match_subjects"" SET ""Revision"" = nextval('person_match_subject_revisions') WHERE ""Number"" = NEW.""Number"";
    RETURN NULL;
END $$;");
            migrationBuilder.Sql("CREATE CONSTRAINT TRIGGER person_match_subjects_revision_insert AFTER INSERT ON \"person_match_subjects\" " +
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION person_match_subjects_revise();");
            migrationBuilder.Sql("CREATE CONSTRAINT TRIGGER person_match_subjects_revision_update AFTER UPDATE OF \"Forms\", \"PersonId\" ON \"person_match_subjects\" " +
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.\"Forms\" IS DISTINCT FROM NEW.\"Forms\" OR OLD.\"PersonId\" IS DISTINCT FROM NEW.\"PersonId\") " +
                "EXECUTE FUNCTION person_match_subjects_revise();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS person_match_subjects_revision_insert ON \"person_match_subjects\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS person_match_subjects_revision_update ON \"person_match_subjects\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS person_match_subjects_revise();");
            migrationBuilder.Sql("DROP SEQUENCE IF EXISTS person_match_subject_revisions;");

            migrationBuilder.DropIndex(
                name: "IX_person_match_subjects_Revision",
                table: "person_match_subjects");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "person_match_subjects");
        }
    }
}
