using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Courriers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>
/// The bulk printing of letters, in two steps because one response cannot be both a page and a
/// file: the summary names who has a letter and who has none, then its button downloads the
/// latest letter of each in one PDF (one letter after another, each from a new page). Persons are
/// read within the agent's scope; nothing changes, so versions do not matter.
/// </summary>
public sealed class ImpressionCourriers(RequeteCohorte requete, CourriersPersonne courriers, AuditJournal audit)
{
    public const string AucunCourrier = "aucun courrier à imprimer";

    public async Task<BilanActions> BilanAsync(string action, IReadOnlyList<ParcoursChoisi> choix, CancellationToken ct)
    {
        var (personnes, derniers) = await LireAsync(choix, ct);
        var (reussies, refusees, imprimables) = (new List<LigneBilan>(), new List<LigneBilan>(), new List<ParcoursChoisi>());
        foreach (var c in choix)
        {
            if (!personnes.TryGetValue(c.ParcoursId, out var p))
                refusees.Add(new LigneBilan(null, $"Parcours n° {c.ParcoursId}", ResultatAction.HorsPerimetre.Message));
            else if (!derniers.TryGetValue(p.PersonneId, out var courrier))
                refusees.Add(new LigneBilan(p.PersonneId, p.Nom, AucunCourrier));
            else
            {
                reussies.Add(new LigneBilan(p.PersonneId, p.Nom, courriers.Libelle(courrier)));
                imprimables.Add(c);
            }
        }
        return new BilanActions(action, reussies, refusees, imprimables.Count == 0 ? null : SelectionCohorte.Encoder(imprimables));
    }

    /// <summary>The latest letter of each selected person in one PDF, audited once with the count; null when none has a letter.</summary>
    public async Task<(byte[] Pdf, int Nombre)?> PdfAsync(IReadOnlyList<ParcoursChoisi> choix, string file, CancellationToken ct)
    {
        var (personnes, derniers) = await LireAsync(choix, ct);
        var lettres = new List<Courrier>();
        foreach (var c in choix)
        {
            if (personnes.TryGetValue(c.ParcoursId, out var p) && derniers.TryGetValue(p.PersonneId, out var prepare)
                && await courriers.RefaireAsync(prepare, ct) is { } courrier)
                lettres.Add(courrier);
        }
        if (lettres.Count == 0) return null;
        await audit.EnregistrerMaintenantAsync(AuditActions.Export, "Courriers", file, $"Impression groupée de {lettres.Count} courrier(s)", ct: ct);
        return (RenduCourrier.Pdf(lettres), lettres.Count);
    }

    private sealed record PersonneChoisie(int PersonneId, string Nom);

    private async Task<(Dictionary<int, PersonneChoisie> Personnes, IReadOnlyDictionary<int, CourrierPrepare> Derniers)> LireAsync(
        IReadOnlyList<ParcoursChoisi> choix, CancellationToken ct)
    {
        var ids = choix.Select(c => c.ParcoursId).ToList();
        var personnes = await requete.DansLePerimetre().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms })
            .ToDictionaryAsync(p => p.Id, p => new PersonneChoisie(p.PersonneId, NomPersonne.Afficher(p.Nom, p.Prenoms)), ct);
        var derniers = await courriers.DerniersAsync(personnes.Values.Select(p => p.PersonneId).Distinct().ToList(), ct);
        return (personnes, derniers);
    }
}
