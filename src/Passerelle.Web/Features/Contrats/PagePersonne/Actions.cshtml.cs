using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Contrats.PagePersonne;

/// <summary>The structure's and the département's decisions on a contract, from the person page, through <see cref="ServiceContrats"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceContrats contrats) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "contrats-personne";

    [BindProperty] public int ContratId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public ActeContrat Acte { get; set; }
    [BindProperty, StringLength(1000, ErrorMessage = "Le motif ne peut dépasser 1 000 caractères.")] public string? Motif { get; set; }

    public Task<IActionResult> OnPostDeciderAsync(int id, CancellationToken ct) =>
        AgirAsync(id, async () => await Db.Set<Contrat>().AnyAsync(c => c.Id == ContratId && c.PersonneId == id, ct)
            ? await contrats.DeciderAsync(ContratId, Version, Acte, Motif, ct)
            : Platform.ResultatAction.HorsPerimetre);
}
