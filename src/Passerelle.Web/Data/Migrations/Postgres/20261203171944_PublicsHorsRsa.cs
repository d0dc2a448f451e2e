using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Passerelle.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublicsHorsRsa : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SaisieManuelle",
                table: "Personnes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Public",
                table: "Parcours",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "RSA");

            migrationBuilder.CreateTable(
                name: "PublicsAccompagnes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartementId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Actif = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicsAccompagnes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicsAccompagnes_Departements_DepartementId",
                        column: x => x.DepartementId,
                        principalTable: "Departements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicsAccompagnes_DepartementId_Code",
                table: "PublicsAccompagnes",
                columns: new[] { "DepartementId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicsAccompagnes");

            migrationBuilder.DropColumn(
                name: "SaisieManuelle",
                table: "Personnes");

            migrationBuilder.DropColumn(
                name: "Public",
                table: "Parcours");
        }
    }
}
