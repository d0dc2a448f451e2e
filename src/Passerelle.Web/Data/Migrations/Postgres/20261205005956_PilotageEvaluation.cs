using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PilotageEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppreciationsFiche",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FicheActionId = table.Column<int>(type: "integer", nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    Texte = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ModifieeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifieePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppreciationsFiche", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppreciationsFiche_FichesActions_FicheActionId",
                        column: x => x.FicheActionId,
                        principalTable: "FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppreciationsFiche_FicheActionId_Annee",
                table: "AppreciationsFiche",
                columns: new[] { "FicheActionId", "Annee" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppreciationsFiche");
        }
    }
}
