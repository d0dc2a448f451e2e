using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UsageQuotidien : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CanalRappel",
                table: "RendezVous",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompteRendu",
                table: "RendezVous",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompteRenduAuteurId",
                table: "RendezVous",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CompteRenduReserve",
                table: "RendezVous",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiqueNom",
                table: "Personnes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiqueNomNaissance",
                table: "Personnes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhonetiquePrenom",
                table: "Personnes",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChangementsCoordonnees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Champ = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Ancienne = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Nouvelle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Par = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Le = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangementsCoordonnees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangementsCoordonnees_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoordonneesPersonnes",
                columns: table => new
                {
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Telephone2 = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ConsentementSms_Donne = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentementSms_Le = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsentementSms_Par = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentementSms_Recueil = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ConsentementEmail_Donne = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentementEmail_Le = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConsentementEmail_Par = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConsentementEmail_Recueil = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    EmailEnErreur = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    EmailEnErreurLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailErreur = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordonneesPersonnes", x => x.PersonneId);
                    table.ForeignKey(
                        name: "FK_CoordonneesPersonnes_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EchecsReservation",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdresseIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Le = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EchecsReservation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LiensReservation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Empreinte = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EchecsConsecutifs = table.Column<int>(type: "INTEGER", nullable: false),
                    BloqueJusquA = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiensReservation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiensReservation_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_Email",
                table: "Personnes",
                columns: new[] { "DepartementId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNom",
                table: "Personnes",
                columns: new[] { "DepartementId", "PhonetiqueNom" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNomNaissance",
                table: "Personnes",
                columns: new[] { "DepartementId", "PhonetiqueNomNaissance" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_DepartementId_Telephone",
                table: "Personnes",
                columns: new[] { "DepartementId", "Telephone" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangementsCoordonnees_PersonneId_Le",
                table: "ChangementsCoordonnees",
                columns: new[] { "PersonneId", "Le" });

            migrationBuilder.CreateIndex(
                name: "IX_EchecsReservation_AdresseIp_Le",
                table: "EchecsReservation",
                columns: new[] { "AdresseIp", "Le" });

            migrationBuilder.CreateIndex(
                name: "IX_LiensReservation_Empreinte",
                table: "LiensReservation",
                column: "Empreinte",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiensReservation_InvitationId",
                table: "LiensReservation",
                column: "InvitationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangementsCoordonnees");

            migrationBuilder.DropTable(
                name: "CoordonneesPersonnes");

            migrationBuilder.DropTable(
                name: "EchecsReservation");

            migrationBuilder.DropTable(
                name: "LiensReservation");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_Email",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNom",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_PhonetiqueNomNaissance",
                table: "Personnes");

            migrationBuilder.DropIndex(
                name: "IX_Personnes_DepartementId_Telephone",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "CanalRappel",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRendu",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRenduAuteurId",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "CompteRenduReserve",
                table: "RendezVous");

            migrationBuilder.DropColumn(
                name: "PhonetiqueNom",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PhonetiqueNomNaissance",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "PhonetiquePrenom",
                table: "Personnes");
        }
    }
}
