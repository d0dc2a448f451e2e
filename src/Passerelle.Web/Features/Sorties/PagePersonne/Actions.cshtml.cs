using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Sorties.PagePersonne;

/// <summary>The exit, its confirmation and its follow-up, recorded from the person page through <see cref="ServiceSorties"/>.</summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class ActionsModel(AppDbContext db, PerimetreDossiers perimetre, ServiceSorties sorties) : ActionsPersonne(perimetre, db)
{
    protected override string Ancre => "sortie";

    [BindProperty] public int Version { get; set; }
    [BindProperty] public int Ligne { get; set; }
    [BindProperty] public MotifSortie? Motif { get; set; }
    [BindProperty] public TypeContratSortie? TypeContrat { get; set; }
    [BindProperty] public int? DureeContratMois { get; set; }
    [BindProperty] public SituationEmploi? Situation { get; set; }
    [BindProperty] public DateOnly? DateSortie { get; set; }
    [BindProperty] public string? Commentaire { get; set; }

    private SaisieSortie Saisie => new(Motif, Motif == MotifSortie.Emploi ? TypeContrat : null, Motif == MotifSortie.Emploi ? DureeContratMois : null,
        Motif == MotifSortie.Emploi ? null : Situation, DateSortie, Commentaire);

    public Task<IActionResult> OnPostEnregistrerAsync(int id, CancellationToken ct) =>
        AgirAsync(id, () => Db.SurParcoursOuvertAsync(id, p => sorties.EnregistrerAsync(p, Version, Saisie, ct), ct));

    public Task<IActionResult> OnPostQualifierAsync(int id, CancellationToken ct) =>
        AgirAsync(id, async () => await Db.Set<Sortie>().AnyAsync(s => s.Id == Ligne && s.PersonneId == id, ct)
            ? await sorties.QualifierAsync(Ligne, Version, Saisie, ct) : ResultatAction.HorsPerimetre);

    public Task<IActionResult> OnPostSuiviAsync(int id, CancellationToken ct) =>
        AgirAsync(id, async () => await Db.Set<SuiviSortie>().AnyAsync(s => s.Id == Ligne && s.PersonneId == id, ct)
            ? await sorties.EnregistrerSuiviAsync(Ligne, Version, Situation, Commentaire, ct) : ResultatAction.HorsPerimetre);
}
