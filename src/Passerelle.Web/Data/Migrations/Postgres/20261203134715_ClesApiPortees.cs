using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClesApiPortees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DerniereUtilisation",
                table: "ClesApi");

            migrationBuilder.AddColumn<DateTime>(
                name: "ExpireLe",
                table: "ClesApi",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Portees",
                table: "ClesApi",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AppelsClesApi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    CleApiId = table.Column<int>(type: "integer", nullable: false),
                    Instant = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Methode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Chemin = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Statut = table.Column<int>(type: "integer", nullable: false),
                    AdresseIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppelsClesApi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppelsClesApi_ClesApi_CleApiId",
                        column: x => x.CleApiId,
                        principalTable: "ClesApi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppelsClesApi_CleApiId_Instant",
                table: "AppelsClesApi",
                columns: new[] { "CleApiId", "Instant" });

            migrationBuilder.CreateIndex(
                name: "IX_AppelsClesApi_Instant",
                table: "AppelsClesApi",
                column: "Instant");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppelsClesApi");

            migrationBuilder.DropColumn(
                name: "ExpireLe",
                table: "ClesApi");

            migrationBuilder.DropColumn(
                name: "Portees",
                table: "ClesApi");

            migrationBuilder.AddColumn<DateTime>(
                name: "DerniereUtilisation",
                table: "ClesApi",
                type: "timestamp with time zone",
                nullable: true);
        }
    }
}
