using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DurcissementSecurite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PrefixeNir",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PrefixeNir",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "DerniereUtilisation",
                table: "ClesApi");

            migrationBuilder.AddColumn<string>(
                name: "EmpreinteNir",
                table: "Personnes",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExpireLe",
                table: "ClesApi",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Portees",
                table: "ClesApi",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "DernierPasTotp",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppelsClesApi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    CleApiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Instant = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Methode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Chemin = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Statut = table.Column<int>(type: "INTEGER", nullable: false),
                    AdresseIp = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true)
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
                name: "PersonnesAnonymisees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    AnonymiseeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinAccompagnement = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DureeMois = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonnesAnonymisees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonnesAnonymisees_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReglesConservation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DureeMois = table.Column<int>(type: "INTEGER", nullable: false),
                    AnonymisationAutomatique = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReglesConservation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReglesConservation_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "TemoinsChiffrement",
                columns: table => new
                {
                    Nom = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Valeur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemoinsChiffrement", x => x.Nom);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_EmpreinteNir",
                table: "Personnes",
                columns: new[] { "DepartementId", "EmpreinteNir" });

            migrationBuilder.CreateIndex(
                name: "IX_AppelsClesApi_CleApiId_Instant",
                table: "AppelsClesApi",
                columns: new[] { "CleApiId", "Instant" });

            migrationBuilder.CreateIndex(
                name: "IX_AppelsClesApi_Instant",
                table: "AppelsClesApi",
                column: "Instant");

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
                name: "IX_PersonnesAnonymisees_DepartementId_PersonneId",
                table: "PersonnesAnonymisees",
                columns: new[] { "DepartementId", "PersonneId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonnesAnonymisees_PersonneId",
                table: "PersonnesAnonymisees",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_ReglesConservation_DepartementId",
                table: "ReglesConservation",
                column: "DepartementId",
                unique: true);

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
                name: "AppelsClesApi");

            migrationBuilder.DropTable(
                name: "DemandesReinitialisation");

            migrationBuilder.DropTable(
                name: "PersonnesAnonymisees");

            migrationBuilder.DropTable(
                name: "ReglesConservation");

            migrationBuilder.DropTable(
                name: "SessionsUtilisateurs");

            migrationBuilder.DropTable(
                name: "TemoinsChiffrement");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_EmpreinteNir",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "EmpreinteNir",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "ExpireLe",
                table: "ClesApi");

            migrationBuilder.DropColumn(
                name: "Portees",
                table: "ClesApi");

            migrationBuilder.DropColumn(
                name: "DernierPasTotp",
                table: "AspNetUsers");

            migrationBuilder.AddColumn<string>(
                name: "PrefixeNir",
                table: "Personnes",
                type: "TEXT",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DerniereUtilisation",
                table: "ClesApi",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PrefixeNir",
                table: "Personnes",
                columns: new[] { "DepartementId", "PrefixeNir" });
        }
    }
}
