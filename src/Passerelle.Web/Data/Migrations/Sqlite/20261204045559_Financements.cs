using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Financements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DonneesFseParticipants",
                columns: table => new
                {
                    PrescriptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SituationEntree = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NiveauEtudes = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TrancheAge = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sexe = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    MenageSansEmploi = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnfantsACharge = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParentIsole = table.Column<bool>(type: "INTEGER", nullable: false),
                    SituationSortie = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SaisiLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SaisiPar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DonneesFseParticipants", x => x.PrescriptionId);
                    table.ForeignKey(
                        name: "FK_DonneesFseParticipants_Prescriptions_PrescriptionId",
                        column: x => x.PrescriptionId,
                        principalTable: "Prescriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinancementsAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionInsertionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Financeur = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProgrammeFse = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OperationFse = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Convention = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Objet = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Debut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MontantVote = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    MontantEngage = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    MontantPaye = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancementsAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinancementsAction_ActionsInsertion_ActionInsertionId",
                        column: x => x.ActionInsertionId,
                        principalTable: "ActionsInsertion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinancementsAction_ActionInsertionId",
                table: "FinancementsAction",
                column: "ActionInsertionId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancementsAction_DepartementId_OperationFse",
                table: "FinancementsAction",
                columns: new[] { "DepartementId", "OperationFse" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DonneesFseParticipants");

            migrationBuilder.DropTable(
                name: "FinancementsAction");
        }
    }
}
