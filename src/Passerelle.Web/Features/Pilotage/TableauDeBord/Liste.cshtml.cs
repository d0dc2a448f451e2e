using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <param name="Partie">Whether this row is in the part the indicator counts (<see cref="IndicateurCatalogue.LibellePartie"/>).</param>
public sealed record PersonneComptee(int Id, string Nom, string Prenoms, bool Partie)
{
    public string NomComplet => NomPersonne.Afficher(Nom, Prenoms);
}

/// <summary>
/// The persons behind a dashboard number: the very rows the indicator counts (<see cref="IndicateurCatalogue.Faits"/>), at the
/// dashboard's level, within the agent's dossiers. Pilots and readers read aggregates only (403); an agent of territoires
/// only theirs (403 elsewhere).
/// </summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class ListeModel(Echelons echelons, CurrentUser user, HeureLegale heure, PerimetreDossiers perimetre, AppDbContext db, IServiceProvider services) : PageModel
{
    [BindProperty(Name = "numero", SupportsGet = true)] public int? Numero { get; set; }

    public IndicateurCatalogue Indicateur { get; private set; } = null!;
    public Echelon Echelon { get; private set; } = null!;
    public Periode Periode { get; private set; } = null!;
    public Page<PersonneComptee> Personnes { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? code, string? echelon, DateOnly? du, DateOnly? au, CancellationToken ct)
    {
        if (Echelons.Lire(echelon) is not var (niveau, id)) return NotFound();
        if (PerimetreIndicateurs.De(user).Resoudre(niveau == NiveauTableau.Territoire ? id : null) is not { Secret: false } portee) return Forbid();
        if (CatalogueIndicateurs.Trouver(code) is not { Faits: { } faits } indicateur) return NotFound();
        var (periode, erreurs) = PeriodeIndicateur.Resoudre(du, au, heure.Aujourdhui);
        if (periode is null) return BadRequest(string.Join(" ", erreurs.Values));
        if (await echelons.TrouverAsync(niveau, id, ct) is not { } trouve) return NotFound();
        (Indicateur, Echelon, Periode) = (indicateur, trouve, periode);
        var lignes = faits(services, new RequeteIndicateur(periode, portee, ConsultationTableauDeBord.Fiche(indicateur, trouve)));
        lignes = niveau switch
        {
            NiveauTableau.Structure => lignes.Where(f => f.Structure == id),
            NiveauTableau.Action => lignes.Where(f => f.Action == id),
            _ => lignes,
        };
        Personnes = await lignes.Join(perimetre.Filtrer(db.Personnes).AsNoTracking(), f => f.Personne, p => p.Id, (f, p) => new { p.Id, p.Nom, p.Prenoms, f.Partie })
            .OrderBy(p => p.Nom).ThenBy(p => p.Prenoms).ThenBy(p => p.Id)
            .Select(p => new PersonneComptee(p.Id, p.Nom, p.Prenoms, p.Partie)).PaginerAsync(Numero, ct: ct);
        return Page();
    }
}
