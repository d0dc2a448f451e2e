using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Publics;

/// <summary>The outcome of an opening: the person's id, or the French reason per field ("" for the whole form).</summary>
public sealed record ResultatOuverture(int? PersonneId, IReadOnlyDictionary<string, string> Erreurs)
{
    public static ResultatOuverture Erreur(string champ, string message) => new(null, new Dictionary<string, string> { [champ] = message });
}

/// <summary>
/// Opens a parcours for a public beyond the RSA (primer silent; the seeds accompany young people and
/// PLIE participants with the same tools): a new person entered by hand, or a known person without an
/// open parcours. The parcours follows the same steps, contracts, journal and exits as the RSA's; it
/// is counted apart (<see cref="Parcours.Public"/>) and the CAF flux never closes it. Only an agent
/// (within their territoires) or a partner's key with the scope may open one.
/// </summary>
public sealed class OuvertureParcours(AppDbContext db, CurrentUser user, PerimetreDossiers perimetre, CommunesDuDepartement communes,
    PublicsDuDepartement publics, ReglesEnVigueur regles, ProtectionNir protectionNir, AuditJournal audit, HeureLegale heure)
{
    public async Task<ResultatOuverture> OuvrirAsync(SaisieOuverture saisie, CancellationToken ct)
    {
        if (!user.A(Role.AgentDepartemental)) return ResultatOuverture.Erreur("", "Votre rôle ne permet pas d'ouvrir un parcours.");
        if (await PublicInconnuAsync(saisie.Public, ct) is { } erreurPublic) return ResultatOuverture.Erreur(nameof(saisie.Public), erreurPublic);
        var aujourdhui = heure.Aujourdhui;
        if (saisie.DateNaissance is not { } naissance || naissance > aujourdhui.AddYears(-16) || naissance < aujourdhui.AddYears(-100))
            return ResultatOuverture.Erreur(nameof(saisie.DateNaissance), "La personne doit avoir entre 16 et 100 ans : vérifiez la date de naissance.");
        var nir = Nir.Lire(saisie.Nir);
        if (nir.Anomalie is { } anomalie) return ResultatOuverture.Erreur(nameof(saisie.Nir), anomalie);
        var commune = await communes.ResoudreAsync(saisie.Commune, ct);
        if (commune.Commune is not { } lieu) return ResultatOuverture.Erreur(nameof(saisie.Commune), commune.Erreur!);
        var territoireId = await db.Set<TerritoireCommune>().Where(t => t.CodeInsee == lieu.CodeInsee).Select(t => (int?)t.TerritoireId).FirstOrDefaultAsync(ct);
        if (!perimetre.ToutLeDepartement && (territoireId is not int t || !perimetre.Couvre(t)))
            return ResultatOuverture.Erreur(nameof(saisie.Commune), $"{CommunesDuDepartement.Libelle(lieu)} n'est pas dans vos territoires.");
        var cle = NormalisationNom.CleIdentite(saisie.Nom, saisie.Prenoms);
        var empreinte = protectionNir.Empreinte(nir.Complet);
        var connue = await db.Personnes.Where(p => p.FusionneeDansId == null
                && ((empreinte != null && p.EmpreinteNir == empreinte) || (p.CleIdentite == cle && p.DateNaissance == naissance)))
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (connue is not null)
            return ResultatOuverture.Erreur("", "Cette personne est déjà connue de Passerelle (même nom et date de naissance, ou même NIR) : ouvrez son parcours depuis sa page.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var personne = new Personne
        {
            Nom = saisie.Nom.Trim().ToUpperInvariant(),
            NomNaissance = (string.IsNullOrWhiteSpace(saisie.NomNaissance) ? saisie.Nom : saisie.NomNaissance).Trim().ToUpperInvariant(),
            Prenoms = saisie.Prenoms.Trim(),
            DateNaissance = naissance,
            Sexe = saisie.Sexe,
            CleIdentite = cle,
            SaisieManuelle = true,
        };
        if (nir.Complet is { } complet) protectionNir.Enregistrer(personne, complet, empreinte);
        personne.IndexerNom();
        db.Personnes.Add(personne);
        await db.SaveChangesAsync(ct);
        await OuvrirParcoursAsync(personne.Id, saisie.Public, territoireId, lieu.CodeInsee, saisie.Origine, ct);
        await transaction.CommitAsync(ct);
        return new(personne.Id, new Dictionary<string, string>());
    }

    /// <summary>Opens a parcours for a known person of the user's scope who has none open (e.g. a conjoint not subject to the droits et devoirs).</summary>
    public async Task<ResultatAction> OuvrirPourAsync(int personneId, string codePublic, string? origine, CancellationToken ct)
    {
        if (!user.A(Role.AgentDepartemental)) return ResultatAction.Refus("Votre rôle ne permet pas d'ouvrir un parcours.");
        if (await PublicInconnuAsync(codePublic, ct) is { } erreur) return ResultatAction.Refus(erreur);
        var personne = await perimetre.Filtrer(db.Personnes).Where(p => p.Id == personneId)
            .Select(p => new { p.Id, Territoire = p.DossierCourant != null ? p.DossierCourant.TerritoireId : null, Commune = p.DossierCourant != null ? p.DossierCourant.CodeInsee : null })
            .FirstOrDefaultAsync(ct);
        if (personne is null) return ResultatAction.HorsPerimetre;
        if (await db.Set<Parcours>().AnyAsync(p => p.PersonneId == personneId && p.DateCloture == null, ct))
            return ResultatAction.Refus("Cette personne a déjà un parcours ouvert.");
        await OuvrirParcoursAsync(personneId, codePublic, personne.Territoire, personne.Commune, origine, ct);
        return ResultatAction.Ok($"Parcours ouvert : {await publics.LibelleAsync(codePublic, ct)}.");
    }

    private async Task<string?> PublicInconnuAsync(string code, CancellationToken ct) =>
        (await publics.ListerAsync(ct)).Any(p => p.Code == code) ? null : "Choisissez un des publics accompagnés par le département.";

    private async Task OuvrirParcoursAsync(int personneId, string codePublic, int? territoireId, string? codeInsee, string? origine, CancellationToken ct)
    {
        var entree = heure.Aujourdhui;
        var jeu = await regles.PourAsync(entree, ct);
        var parcours = new Parcours
        {
            PersonneId = personneId,
            Public = codePublic,
            DateEntree = entree,
            CodeRegles = jeu.Code,
            Etape = EtapeParcours.AInviter,
            TerritoireId = territoireId,
            CodeInsee = codeInsee,
        };
        parcours.CalculerEcheances(jeu);
        db.Add(parcours);
        audit.Enregistrer(AuditActions.Creation, nameof(Parcours), personneId, $"Parcours hors RSA ouvert ({codePublic}){(string.IsNullOrWhiteSpace(origine) ? "" : $" : {origine}")}");
        await db.SaveChangesAsync(ct);
    }
}
