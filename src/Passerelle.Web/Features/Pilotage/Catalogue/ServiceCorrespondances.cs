using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>The pilot's choice for a fiche indicator: a catalogue code, or <see cref="CorrespondancesIndicateurs.SaisieManuelle"/>.</summary>
public sealed record SaisieCorrespondance(string? Code);

/// <summary>A yearly target; an empty value removes the year's target.</summary>
public sealed record SaisieCible(int? Annee, string? Valeur);

/// <summary>
/// The pilot's mapping of a fiche indicator and its yearly targets (<see cref="ValeurIndicateur"/> « Cible »). A new import of
/// the programme keeps the mapping chosen here, unless the file names one itself.
/// </summary>
public sealed class ServiceCorrespondances(AppDbContext db, AuditJournal audit, CorrespondancesIndicateurs correspondances)
{
    public const string ActionCorrespondance = "indicateur-correspondance", ActionCible = "indicateur-cible";

    public async Task<Ecriture> ChoisirAsync(int indicateurId, SaisieCorrespondance saisie, CancellationToken ct)
    {
        var indicateur = await db.Set<IndicateurFiche>().FirstOrDefaultAsync(i => i.Id == indicateurId, ct);
        if (indicateur is null) return Ecriture.De(ServiceSaisiesIndicateur.Introuvable);
        var code = saisie.Code?.Trim();
        if (string.IsNullOrEmpty(code)) return Ecriture.Champ("Code", "Choisissez un indicateur du catalogue ou « saisie manuelle ».");
        if (correspondances.Refus(code, indicateur.Unite) is { } refus) return Ecriture.Champ("Code", refus);
        var choisie = correspondances.Explicite(code);
        (indicateur.Correspondance, indicateur.CodeCatalogue, indicateur.MotifCorrespondance) = (choisie.Statut, choisie.Code, null);
        audit.Enregistrer(ActionCorrespondance, nameof(IndicateurFiche), indicateurId, code);
        await db.SaveChangesAsync(ct);
        return Ecriture.De(ResultatAction.Ok("Correspondance enregistrée."), indicateurId);
    }

    public async Task<Ecriture> FixerCibleAsync(int indicateurId, SaisieCible saisie, CancellationToken ct)
    {
        var indicateur = await db.Set<IndicateurFiche>().Include(i => i.Valeurs).FirstOrDefaultAsync(i => i.Id == indicateurId, ct);
        if (indicateur is null) return Ecriture.De(ServiceSaisiesIndicateur.Introuvable);
        if (saisie.Annee is not (>= 1990 and <= 2100) || saisie.Annee is not int annee) return Ecriture.Champ("Annee", "Indiquez l'année de la cible (de 1990 à 2100).");
        if (indicateur.Unite == UniteIndicateur.Texte) return Ecriture.Champ("Valeur", "Un indicateur qualitatif n'a pas de cible chiffrée.");
        var existante = indicateur.Valeurs.FirstOrDefault(v => v.Nature == NatureValeur.Cible && v.Annee == annee);
        if (string.IsNullOrWhiteSpace(saisie.Valeur))
        {
            if (existante is not null) db.Remove(existante);
        }
        else
        {
            var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
            var (nombre, _) = ReglesSaisieIndicateur.Valeur(indicateur.Unite, saisie.Valeur, erreurs);
            if (erreurs.Count > 0) return Ecriture.Champs(erreurs);
            if (existante is null) indicateur.Valeurs.Add(new ValeurIndicateur { Nature = NatureValeur.Cible, Annee = annee, Valeur = nombre!.Value });
            else existante.Valeur = nombre!.Value;
        }
        audit.Enregistrer(ActionCible, nameof(IndicateurFiche), indicateurId, $"{annee} : {saisie.Valeur?.Trim() ?? "retirée"}");
        await db.SaveChangesAsync(ct);
        return Ecriture.De(ResultatAction.Ok(string.IsNullOrWhiteSpace(saisie.Valeur) ? "Cible retirée." : "Cible enregistrée."), indicateurId);
    }

    /// <summary>Proposes the correspondence table's mapping to the indicators that have none yet (programmes imported before the catalogue).</summary>
    public async Task<int> EtablirManquantesAsync(CancellationToken ct)
    {
        var sans = await db.Set<IndicateurFiche>().Where(i => i.Correspondance == CorrespondanceIndicateur.NonEtablie)
            .Join(db.Set<ElementProgramme>(), i => i.FicheActionId, e => e.Id, (i, e) => new { Indicateur = i, Fiche = e.Code, e.ProgrammeId })
            .Join(db.Set<Programme>(), x => x.ProgrammeId, p => p.Id, (x, p) => new { x.Indicateur, x.Fiche, Programme = p.Code }).ToListAsync(ct);
        foreach (var x in sans)
        {
            var c = correspondances.Proposer(x.Programme, x.Fiche, x.Indicateur.Libelle, x.Indicateur.Source);
            (x.Indicateur.Correspondance, x.Indicateur.CodeCatalogue, x.Indicateur.MotifCorrespondance) = (c.Statut, c.Code, c.Motif);
        }
        await db.SaveChangesAsync(ct);
        return sans.Count;
    }
}
