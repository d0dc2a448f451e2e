using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Prescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Prescriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionInsertionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionActionId = table.Column<int>(type: "INTEGER", nullable: true),
                    PrescripteurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PrescripteurNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrescriteLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Motif = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TerritoireId = table.Column<int>(type: "INTEGER", nullable: true),
                    BeneficiaireRsa = table.Column<bool>(type: "INTEGER", nullable: false),
                    Partage = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReponduLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReponduPar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MotifRefus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PrecisionReponse = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OperateurAvertiLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RelanceeLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CloseLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DateEntree = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateSortie = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TypeSortie = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CommentaireSortie = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DepassementAutorisePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MotifDepassement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Situation3Mois = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Situation6Mois = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prescriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Prescriptions_ActionsInsertion_ActionInsertionId",
                        column: x => x.ActionInsertionId,
                        principalTable: "ActionsInsertion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Prescriptions_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Prescriptions_SessionsAction_SessionActionId",
                        column: x => x.SessionActionId,
                        principalTable: "SessionsAction",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ReglesPrescriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RelanceJours = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpirationJours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReglesPrescriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReglesPrescriptions_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PresencesAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrescriptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Statut = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresencesAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresencesAction_Prescriptions_PrescriptionId",
                        column: x => x.PrescriptionId,
                        principalTable: "Prescriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_ActionInsertionId_Statut",
                table: "Prescriptions",
                columns: new[] { "ActionInsertionId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_DepartementId_Statut_PrescriteLe",
                table: "Prescriptions",
                columns: new[] { "DepartementId", "Statut", "PrescriteLe" });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_OperateurAvertiLe",
                table: "Prescriptions",
                column: "OperateurAvertiLe");

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_PersonneId_PrescriteLe",
                table: "Prescriptions",
                columns: new[] { "PersonneId", "PrescriteLe" });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_PrescripteurId_Statut",
                table: "Prescriptions",
                columns: new[] { "PrescripteurId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_SessionActionId",
                table: "Prescriptions",
                column: "SessionActionId");

            migrationBuilder.CreateIndex(
                name: "IX_Prescriptions_StructureId_Statut",
                table: "Prescriptions",
                columns: new[] { "StructureId", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_PresencesAction_PrescriptionId_Date",
                table: "PresencesAction",
                columns: new[] { "PrescriptionId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReglesPrescriptions_DepartementId",
                table: "ReglesPrescriptions",
                column: "DepartementId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PresencesAction");

            migrationBuilder.DropTable(
                name: "ReglesPrescriptions");

            migrationBuilder.DropTable(
                name: "Prescriptions");
        }
    }
}
