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
            // index can read what changed since it last looked (ResidentMatchIndex). Writers of subjects take turns on
            // a transaction lock until they commit: a revision is then visible only after every lower one, and a
            // reader that has seen revision n has seen all before it. ("kinlinkr" in ASCII, read as a number.)
            migrationBuilder.Sql("CREATE SEQUENCE person_match_subject_revisions;");
            migrationBuilder.Sql("UPDATE \"person_match_subjects\" SET \"Revision\" = \"Number\";");
            migrationBuilder.Sql("SELECT setval('person_match_subject_revisions', GREATEST(1, (SELECT COALESCE(MAX(\"Revision\"), 0) FROM \"person_match_subjects\")));");
            migrationBuilder.Sql(@"CREATE FUNCTION person_match_subjects_revise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.""Forms"" IS DISTINCT FROM OLD.""Forms"" OR NEW.""PersonId"" IS DISTINCT FROM OLD.""PersonId"" THEN
        PERFORM pg_advisory_xact_lock(7739838846517275506);
        NEW.""Revision"" := nextval('person_match_subject_revisions');
    END IF;
    RETURN NEW;
END $$;");
            migrationBuilder.Sql("CREATE TRIGGER person_match_subjects_revision BEFORE INSERT OR UPDATE ON \"person_match_subjects\" FOR EACH ROW EXECUTE FUNCTION person_match_subjects_revise();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS person_match_subjects_revision ON \"person_match_subjects\";");
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
