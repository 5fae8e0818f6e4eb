using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bdis.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeLogHorizon : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One row: the last transaction id whose change-log rows were pruned. A replica whose watermark is at or
            // below it may have missed changes and must rebuild; the others are unaffected.
            migrationBuilder.Sql("""
                CREATE TABLE change_log_horizon (
                    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                    pruned_through xid8 NOT NULL,
                    pruned_at timestamptz NOT NULL DEFAULT now()
                );
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS change_log_horizon;");
        }
    }
}
