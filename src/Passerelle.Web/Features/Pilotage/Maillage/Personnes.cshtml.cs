using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Pilotage.Maillage;

public sealed record PersonneMaillage(int Id, string Nom, string Prenoms)
{
    public string NomComplet => NomPersonne.Afficher(Nom, Prenoms);
}

/// <summary>
/// The persons behind a count of the maillage (a territoire, a theme, a level), within the agent's dossiers. Pilots and readers
/// read aggregates only (403); the santé theme is counted, never listed (403).
/// </summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class PersonnesModel(ConsultationMaillage consultation, LectureMaillage lecture, AccesMaillage acces, PerimetreDossiers perimetre, AppDbContext db) : PageModel
{
    [BindProperty(Name = "numero", SupportsGet = true)] public int? Numero { get; set; }

    public int Annee { get; private set; }
    public string Territoire { get; private set; } = "";
    public ThemeFrein Theme { get; private set; }
    public NiveauFrein Niveau { get; private set; }
    public Page<PersonneMaillage> Personnes { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int annee, int territoireId, ThemeFrein theme, NiveauFrein niveau, CancellationToken ct)
    {
        if (!acces.VoitLesPersonnes || theme == ThemeFrein.Sante) return Forbid();
        if (consultation.VerifierAnnee(annee) is not null || !acces.Couvre(territoireId) || niveau == NiveauFrein.Aucun) return NotFound();
        var donnees = await lecture.LireAsync(annee, lecture.DateDe(annee), ct);
        if (donnees.Territoires.FirstOrDefault(t => t.Id == territoireId) is not { } territoire) return NotFound();
        var ids = donnees.Personnes.Where(p => p.TerritoireId == territoireId && CalculMaillage.A(p, theme, niveau)).Select(p => p.PersonneId).ToList();
        (Annee, Territoire, Theme, Niveau) = (annee, territoire.Nom, theme, niveau);
        Personnes = await perimetre.Filtrer(db.Personnes).AsNoTracking().Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.Nom).ThenBy(p => p.Prenoms).ThenBy(p => p.Id)
            .Select(p => new PersonneMaillage(p.Id, p.Nom, p.Prenoms))
            .PaginerAsync(Numero, ct: ct);
        return Page();
    }
}
