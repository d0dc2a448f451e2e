using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Employeurs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Employeurs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Siret = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    RaisonSociale = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CodeNaf = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Effectif = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Secteur = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CodeInsee = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    TerritoireId = table.Column<int>(type: "INTEGER", nullable: true),
                    Adresse = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ChargeRelationId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CharteSigneeLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClubRseDepuis = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ParrainageDepuis = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employeurs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employeurs_AspNetUsers_ChargeRelationId",
                        column: x => x.ChargeRelationId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Employeurs_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContactsEmployeur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeurId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Fonction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Telephone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Courriel = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactsEmployeur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactsEmployeur_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EchangesEmployeur",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeurId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Objet = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Par = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SaisiLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EchangesEmployeur", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EchangesEmployeur_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactsEmployeur_EmployeurId",
                table: "ContactsEmployeur",
                column: "EmployeurId");

            migrationBuilder.CreateIndex(
                name: "IX_EchangesEmployeur_EmployeurId_Date",
                table: "EchangesEmployeur",
                columns: new[] { "EmployeurId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Employeurs_ChargeRelationId",
                table: "Employeurs",
                column: "ChargeRelationId");

            migrationBuilder.CreateIndex(
                name: "IX_Employeurs_DepartementId_Siret",
                table: "Employeurs",
                columns: new[] { "DepartementId", "Siret" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employeurs_DepartementId_TerritoireId_RaisonSociale",
                table: "Employeurs",
                columns: new[] { "DepartementId", "TerritoireId", "RaisonSociale" });

            migrationBuilder.CreateIndex(
                name: "IX_Employeurs_TerritoireId",
                table: "Employeurs",
                column: "TerritoireId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactsEmployeur");

            migrationBuilder.DropTable(
                name: "EchangesEmployeur");

            migrationBuilder.DropTable(
                name: "Employeurs");
        }
    }
}
