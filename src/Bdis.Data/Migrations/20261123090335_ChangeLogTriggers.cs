using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bdis.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeLogTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Statement-level triggers with transition tables: one INSERT into the log per statement,
            // so a 1,000,000-row import pays one set-based write, not a million trigger calls.
            migrationBuilder.Sql("""
                CREATE FUNCTION bdis_log_initiative_changes() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        INSERT INTO change_log (initiative_id, operation) SELECT id, 'D' FROM old_rows;
                    ELSIF TG_OP = 'UPDATE' THEN
                        INSERT INTO change_log (initiative_id, operation) SELECT id, 'U' FROM new_rows;
                    ELSE
                        INSERT INTO change_log (initiative_id, operation) SELECT id, 'I' FROM new_rows;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER initiatives_log_insert AFTER INSERT ON initiatives
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bdis_log_initiative_changes();
                CREATE TRIGGER initiatives_log_update AFTER UPDATE ON initiatives
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bdis_log_initiative_changes();
                CREATE TRIGGER initiatives_log_delete AFTER DELETE ON initiatives
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bdis_log_initiative_changes();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS initiatives_log_insert ON initiatives;
                DROP TRIGGER IF EXISTS initiatives_log_update ON initiatives;
                DROP TRIGGER IF EXISTS initiatives_log_delete ON initiatives;
                DROP FUNCTION IF EXISTS bdis_log_initiative_changes();
                """);
        }
    }
}
