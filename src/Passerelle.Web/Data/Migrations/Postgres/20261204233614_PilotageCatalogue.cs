using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PilotageCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CodeCatalogue",
                table: "IndicateursFiche",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Correspondance",
                table: "IndicateursFiche",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NonEtablie");

            migrationBuilder.AddColumn<string>(
                name: "MotifCorrespondance",
                table: "IndicateursFiche",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SaisiesIndicateur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    IndicateurFicheId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Du = table.Column<DateOnly>(type: "date", nullable: false),
                    Au = table.Column<DateOnly>(type: "date", nullable: false),
                    Valeur = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Texte = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Commentaire = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PieceNom = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    PieceType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PieceContenu = table.Column<byte[]>(type: "bytea", nullable: true),
                    SaisieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SaisiePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CorrigeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CorrigeePar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaisiesIndicateur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SaisiesIndicateur_IndicateursFiche_IndicateurFicheId",
                        column: x => x.IndicateurFicheId,
                        principalTable: "IndicateursFiche",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SaisiesIndicateur_IndicateurFicheId_Du_Au",
                table: "SaisiesIndicateur",
                columns: new[] { "IndicateurFicheId", "Du", "Au" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SaisiesIndicateur");

            migrationBuilder.DropColumn(
                name: "CodeCatalogue",
                table: "IndicateursFiche");

            migrationBuilder.DropColumn(
                name: "Correspondance",
                table: "IndicateursFiche");

            migrationBuilder.DropColumn(
                name: "MotifCorrespondance",
                table: "IndicateursFiche");
        }
    }
}
