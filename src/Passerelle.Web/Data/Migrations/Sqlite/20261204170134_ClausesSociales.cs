using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClausesSociales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MarchesClause",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Numero = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Acheteur = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Objet = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Lots = table.Column<string>(type: "TEXT", nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateFin = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeuresExigees = table.Column<int>(type: "INTEGER", nullable: false),
                    TerritoireId = table.Column<int>(type: "INTEGER", nullable: true),
                    FicheActionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FacilitateurId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EmployeurId = table.Column<int>(type: "INTEGER", nullable: true),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarchesClause", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarchesClause_AspNetUsers_FacilitateurId",
                        column: x => x.FacilitateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MarchesClause_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MarchesClause_FichesActions_FicheActionId",
                        column: x => x.FicheActionId,
                        principalTable: "FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MarchesClause_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MarchesClause_Territoires_TerritoireId",
                        column: x => x.TerritoireId,
                        principalTable: "Territoires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantsClause",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prenom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Cle = table.Column<string>(type: "TEXT", maxLength: 210, nullable: false),
                    DateNaissance = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Public = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonneId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreePar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantsClause", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipantsClause_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PlansClause",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    MarcheClauseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mois = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Heures = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlansClause", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlansClause_MarchesClause_MarcheClauseId",
                        column: x => x.MarcheClauseId,
                        principalTable: "MarchesClause",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HeuresClause",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    MarcheClauseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantClauseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Mois = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Heures = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    EmployeurId = table.Column<int>(type: "INTEGER", nullable: true),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: true),
                    SaisiLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SaisiPar = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeuresClause", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeuresClause_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeuresClause_MarchesClause_MarcheClauseId",
                        column: x => x.MarcheClauseId,
                        principalTable: "MarchesClause",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeuresClause_ParticipantsClause_ParticipantClauseId",
                        column: x => x.ParticipantClauseId,
                        principalTable: "ParticipantsClause",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeuresClause_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationsClause",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepartementId = table.Column<int>(type: "INTEGER", nullable: false),
                    MarcheClauseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantClauseId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeurId = table.Column<int>(type: "INTEGER", nullable: true),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationsClause", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipationsClause_Employeurs_EmployeurId",
                        column: x => x.EmployeurId,
                        principalTable: "Employeurs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParticipationsClause_MarchesClause_MarcheClauseId",
                        column: x => x.MarcheClauseId,
                        principalTable: "MarchesClause",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParticipationsClause_ParticipantsClause_ParticipantClauseId",
                        column: x => x.ParticipantClauseId,
                        principalTable: "ParticipantsClause",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParticipationsClause_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HeuresClause_DepartementId_Mois",
                table: "HeuresClause",
                columns: new[] { "DepartementId", "Mois" });

            migrationBuilder.CreateIndex(
                name: "IX_HeuresClause_EmployeurId",
                table: "HeuresClause",
                column: "EmployeurId");

            migrationBuilder.CreateIndex(
                name: "IX_HeuresClause_MarcheClauseId_ParticipantClauseId_Mois",
                table: "HeuresClause",
                columns: new[] { "MarcheClauseId", "ParticipantClauseId", "Mois" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeuresClause_ParticipantClauseId_Mois",
                table: "HeuresClause",
                columns: new[] { "ParticipantClauseId", "Mois" });

            migrationBuilder.CreateIndex(
                name: "IX_HeuresClause_StructureId",
                table: "HeuresClause",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_MarchesClause_DepartementId_Numero",
                table: "MarchesClause",
                columns: new[] { "DepartementId", "Numero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarchesClause_DepartementId_TerritoireId",
                table: "MarchesClause",
                columns: new[] { "DepartementId", "TerritoireId" });

            migrationBuilder.CreateIndex(
                name: "IX_MarchesClause_EmployeurId",
                table: "MarchesClause",
                column: "EmployeurId");

            migrationBuilder.CreateIndex(
                name: "IX_MarchesClause_FacilitateurId",
                table: "MarchesClause",
                column: "FacilitateurId");

            migrationBuilder.CreateIndex(
                name: "IX_MarchesClause_FicheActionId",
                table: "MarchesClause",
                column: "FicheActionId");

            migrationBuilder.CreateIndex(
                name: "IX_MarchesClause_StructureId",
                table: "MarchesClause",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_MarchesClause_TerritoireId",
                table: "MarchesClause",
                column: "TerritoireId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantsClause_DepartementId_Cle_DateNaissance",
                table: "ParticipantsClause",
                columns: new[] { "DepartementId", "Cle", "DateNaissance" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantsClause_PersonneId",
                table: "ParticipantsClause",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationsClause_EmployeurId",
                table: "ParticipationsClause",
                column: "EmployeurId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationsClause_MarcheClauseId_ParticipantClauseId",
                table: "ParticipationsClause",
                columns: new[] { "MarcheClauseId", "ParticipantClauseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationsClause_ParticipantClauseId",
                table: "ParticipationsClause",
                column: "ParticipantClauseId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationsClause_StructureId",
                table: "ParticipationsClause",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_PlansClause_DepartementId_Mois",
                table: "PlansClause",
                columns: new[] { "DepartementId", "Mois" });

            migrationBuilder.CreateIndex(
                name: "IX_PlansClause_MarcheClauseId_Mois",
                table: "PlansClause",
                columns: new[] { "MarcheClauseId", "Mois" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HeuresClause");

            migrationBuilder.DropTable(
                name: "ParticipationsClause");

            migrationBuilder.DropTable(
                name: "PlansClause");

            migrationBuilder.DropTable(
                name: "ParticipantsClause");

            migrationBuilder.DropTable(
                name: "MarchesClause");
        }
    }
}
