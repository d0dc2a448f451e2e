using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FichiersReels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Avertissements",
                table: "Imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DejaAppliques",
                table: "Imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DossiersAvertis",
                table: "Imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HorsDepartement",
                table: "Imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RepriseDeId",
                table: "Imports",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AvertissementsDossier",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    PersonneId = table.Column<int>(type: "integer", nullable: true),
                    ImportId = table.Column<int>(type: "integer", nullable: false),
                    Ligne = table.Column<int>(type: "integer", nullable: false),
                    Champ = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Valeur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Nature = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Statut = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LeveLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LevePar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Commentaire = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResoluParImportId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AvertissementsDossier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AvertissementsDossier_DossiersRsa_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersRsa",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AvertissementsDossier_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AvertissementsDossier_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Imports_RepriseDeId",
                table: "Imports",
                column: "RepriseDeId");

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_DepartementId_Statut_Id",
                table: "AvertissementsDossier",
                columns: new[] { "DepartementId", "Statut", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_DossierId_Statut",
                table: "AvertissementsDossier",
                columns: new[] { "DossierId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_ImportId",
                table: "AvertissementsDossier",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_AvertissementsDossier_PersonneId",
                table: "AvertissementsDossier",
                column: "PersonneId");

            migrationBuilder.AddForeignKey(
                name: "FK_Imports_Imports_RepriseDeId",
                table: "Imports",
                column: "RepriseDeId",
                principalTable: "Imports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Imports_Imports_RepriseDeId",
                table: "Imports");

            migrationBuilder.DropTable(
                name: "AvertissementsDossier");

            migrationBuilder.DropIndex(
                name: "IX_Imports_RepriseDeId",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "Avertissements",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "DejaAppliques",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "DossiersAvertis",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "HorsDepartement",
                table: "Imports");

            migrationBuilder.DropColumn(
                name: "RepriseDeId",
                table: "Imports");
        }
    }
}
