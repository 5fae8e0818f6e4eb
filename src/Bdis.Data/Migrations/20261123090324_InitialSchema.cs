using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bdis.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "change_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    operation = table.Column<char>(type: "char(1)", nullable: false),
                    tx_id = table.Column<ulong>(type: "xid8", nullable: false, defaultValueSql: "pg_current_xact_id()"),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "clock_timestamp()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "networks",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    regions = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_networks", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "territory_boundaries",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    outline = table.Column<Geometry>(type: "geometry(Geometry, 4326)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territory_boundaries", x => new { x.kind, x.code });
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    location = table.Column<Point>(type: "geometry(Point, 4326)", nullable: true),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    network_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    legal_status = table.Column<int>(type: "integer", nullable: false),
                    siret = table.Column<string>(type: "character(14)", fixedLength: true, maxLength: 14, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    commune = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    insee_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    source_kind = table.Column<int>(type: "integer", nullable: false),
                    source_ref = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_initiatives", x => x.id);
                    table.ForeignKey(
                        name: "FK_initiatives_networks_network_code",
                        column: x => x.network_code,
                        principalTable: "networks",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_change_log_tx_id",
                table: "change_log",
                column: "tx_id");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_department_code_status",
                table: "initiatives",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_location",
                table: "initiatives",
                column: "location")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_network_code_external_id",
                table: "initiatives",
                columns: new[] { "network_code", "external_id" },
                unique: true,
                filter: "external_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_region_code_status",
                table: "initiatives",
                columns: new[] { "region_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_siret",
                table: "initiatives",
                column: "siret",
                filter: "siret IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_slug",
                table: "initiatives",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_status_name",
                table: "initiatives",
                columns: new[] { "status", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_initiatives_themes",
                table: "initiatives",
                column: "themes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_territory_boundaries_outline",
                table: "territory_boundaries",
                column: "outline")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_log");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "territory_boundaries");

            migrationBuilder.DropTable(
                name: "networks");
        }
    }
}
