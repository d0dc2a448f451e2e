using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PilotageCatalogueRappelsSaisieComite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RappelsSaisieComite",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReunionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UtilisateurId = table.Column<string>(type: "TEXT", nullable: false),
                    Destinataire = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Erreur = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnvoyeLe = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RappelsSaisieComite", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RappelsSaisieComite_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RappelsSaisieComite_ReunionsComite_ReunionId",
                        column: x => x.ReunionId,
                        principalTable: "ReunionsComite",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RappelsSaisieComite_ReunionId_UtilisateurId",
                table: "RappelsSaisieComite",
                columns: new[] { "ReunionId", "UtilisateurId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RappelsSaisieComite_UtilisateurId",
                table: "RappelsSaisieComite",
                column: "UtilisateurId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RappelsSaisieComite");
        }
    }
}
