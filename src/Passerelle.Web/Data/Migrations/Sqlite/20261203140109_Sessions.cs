using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DernierPasTotp",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DemandesReinitialisation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UtilisateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Empreinte = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreeeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpireLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UtiliseeLe = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandesReinitialisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandesReinitialisation_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionsUtilisateurs",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UtilisateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OuverteLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevoqueeLe = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionsUtilisateurs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionsUtilisateurs_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandesReinitialisation_Empreinte",
                table: "DemandesReinitialisation",
                column: "Empreinte",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemandesReinitialisation_UtilisateurId",
                table: "DemandesReinitialisation",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionsUtilisateurs_RevoqueeLe",
                table: "SessionsUtilisateurs",
                column: "RevoqueeLe");

            migrationBuilder.CreateIndex(
                name: "IX_SessionsUtilisateurs_UtilisateurId",
                table: "SessionsUtilisateurs",
                column: "UtilisateurId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandesReinitialisation");

            migrationBuilder.DropTable(
                name: "SessionsUtilisateurs");

            migrationBuilder.DropColumn(
                name: "DernierPasTotp",
                table: "AspNetUsers");
        }
    }
}
