using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Accueil;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// The follow-ups after exit among a user's échéances: a référent's own (the référent at the exit),
/// an agent's within their scope. Late ones and those due within the home page's horizon.
/// </summary>
public sealed class EcheancesSuivis(AppDbContext db, FabriquePerimetreDossiers perimetres) : IEcheancesCapacite
{
    public async Task<IReadOnlyList<BlocEcheances>> PourAsync(IReadOnlyList<HabilitationCourante> habilitations, string utilisateurId, DateOnly aujourdhui, CancellationToken ct)
    {
        var blocs = new List<BlocEcheances>();
        var suivis = FileSorties.SuivisAFaire(db, aujourdhui.AddDays(EcheancesUtilisateur.HorizonJours));
        if (habilitations.Any(h => h.Role == Role.AgentDepartemental))
        {
            var personnes = perimetres.Pour(habilitations, utilisateurId).Filtrer(db.Personnes).Select(p => p.Id);
            blocs.Add(await LireAsync("Suivis après sortie dans votre périmètre", suivis.Where(s => personnes.Contains(s.PersonneId)), aujourdhui, ct));
        }
        if (habilitations.Any(h => h.Role == Role.Referent))
            blocs.Add(await LireAsync("Suivis après sortie de vos anciens accompagnés", suivis.Where(s => s.ReferentId == utilisateurId), aujourdhui, ct));
        return blocs.Where(b => b.Total > 0).ToList();
    }

    private static async Task<BlocEcheances> LireAsync(string titre, IQueryable<SuiviSortie> suivis, DateOnly aujourdhui, CancellationToken ct)
    {
        var enRetard = await suivis.CountAsync(s => s.Echeance < aujourdhui, ct);
        var total = await suivis.CountAsync(ct);
        var premieres = await FileSorties.Lignes(suivis).Take(EcheancesUtilisateur.NombreAffiche).ToListAsync(ct);
        return new BlocEcheances(titre, enRetard, total - enRetard, [.. premieres.Select(l => new PersonneEcheance(l.PersonneId, l.Nom, l.Prenoms, l.Echeance,
            $"Suivi à {l.Mois} mois après la sortie", Math.Max(0, aujourdhui.DayNumber - l.Echeance.DayNumber)))]);
    }
}
