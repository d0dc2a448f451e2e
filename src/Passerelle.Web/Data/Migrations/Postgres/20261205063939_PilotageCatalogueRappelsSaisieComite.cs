using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    ReunionId = table.Column<int>(type: "integer", nullable: false),
                    UtilisateurId = table.Column<string>(type: "text", nullable: false),
                    Destinataire = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Statut = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Erreur = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnvoyeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
