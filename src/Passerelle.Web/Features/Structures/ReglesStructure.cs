using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Communes;

namespace Passerelle.Web.Features.Structures;

/// <summary>The rules of a structure, written once for the admin pages and the API.</summary>
public sealed class ReglesStructure(AppDbContext db, CommunesDuDepartement communes)
{
    /// <returns>The valid structure, or French errors by field name (<see cref="SaisieStructure"/> property names).</returns>
    public async Task<(StructureValide? Valide, Dictionary<string, List<string>> Erreurs)> VerifierAsync(
        SaisieStructure saisie, int? structureId, CancellationToken ct = default)
    {
        var erreurs = new Dictionary<string, List<string>>();
        void Erreur(string champ, string message) => (erreurs.TryGetValue(champ, out var l) ? l : erreurs[champ] = []).Add(message);
        string? Texte(string champ, string? valeur, int longueur, string? manquant)
        {
            var t = valeur?.Trim() ?? "";
            if (t.Length == 0 && manquant is not null) Erreur(champ, manquant);
            else if (t.Length > longueur) Erreur(champ, $"Ce champ ne doit pas dépasser {longueur} caractères.");
            return t.Length == 0 ? null : t;
        }

        var nom = Texte(nameof(saisie.Nom), saisie.Nom, 200, "Saisissez le nom de la structure.");
        var adresse = Texte(nameof(saisie.Adresse), saisie.Adresse, 300, "Saisissez l'adresse (numéro et voie).");
        var type = LireType(saisie.Type, m => Erreur(nameof(saisie.Type), m));

        var siret = Siret.Normaliser(saisie.Siret);
        if (siret.Length == 0) Erreur(nameof(saisie.Siret), "Saisissez le SIRET (14 chiffres).");
        else if (Siret.Verifier(siret) is { } raison) Erreur(nameof(saisie.Siret), raison);
        else if (await db.Structures.Where(s => s.Siret == siret && s.Id != structureId).Select(s => s.Nom).FirstOrDefaultAsync(ct) is { } autre)
            Erreur(nameof(saisie.Siret), $"Le SIRET {siret} est déjà celui de la structure « {autre} » dans le département.");

        Commune? commune = null;
        if (string.IsNullOrWhiteSpace(saisie.Commune)) Erreur(nameof(saisie.Commune), "Saisissez la commune (nom ou code INSEE).");
        else
        {
            var resolue = await communes.ResoudreAsync(saisie.Commune, ct);
            if (resolue.Erreur is not null) Erreur(nameof(saisie.Commune), resolue.Erreur);
            commune = resolue.Commune;
        }

        var telephone = Telephone.Normaliser(saisie.Telephone, out var telephoneValide);
        if (!telephoneValide) Erreur(nameof(saisie.Telephone), "Le numéro de téléphone doit comporter 10 chiffres (par exemple 02 41 00 00 00) ou commencer par + suivi de l'indicatif.");

        var email = Texte(nameof(saisie.Email), saisie.Email, 254, null);
        if (email is not null && !EmailValide(email)) Erreur(nameof(saisie.Email), "L'adresse électronique n'est pas valide (par exemple contact@structure.fr).");

        var territoires = saisie.Territoires.Distinct().ToList();
        await VerifierTerritoiresAsync(territoires, structureId, m => Erreur(nameof(saisie.Territoires), m), ct);

        return erreurs.Count == 0
            ? (new StructureValide(nom!, type!.Value, siret, adresse!, commune!.CodeInsee, telephone, email, territoires), erreurs)
            : (null, erreurs);
    }

    /// <summary>Territoires the form offers: the active ones, plus inactive ones the structure already serves.</summary>
    public async Task<IReadOnlyList<TerritoireDesservi>> TerritoiresProposesAsync(int? structureId, CancellationToken ct = default) =>
        await db.Territoires
            .Where(t => t.Actif || db.Set<StructureTerritoire>().Any(st => st.StructureId == structureId && st.TerritoireId == t.Id))
            .OrderBy(t => t.Nom)
            .Select(t => new TerritoireDesservi(t.Id, t.Nom, t.Actif))
            .ToListAsync(ct);

    private static TypeStructure? LireType(string? saisie, Action<string> erreur)
    {
        if (string.IsNullOrWhiteSpace(saisie)) { erreur("Choisissez le type de structure."); return null; }
        // Enum.TryParse also accepts numbers: only the names are part of the contract.
        if (!char.IsAsciiDigit(saisie.Trim()[0]) && Enum.TryParse<TypeStructure>(saisie.Trim(), out var type) && Enum.IsDefined(type)) return type;
        erreur($"Le type « {saisie} » n'existe pas : choisissez un type dans la liste.");
        return null;
    }

    private static bool EmailValide(string email) =>
        MailAddress.TryCreate(email, out var adresse) && adresse.Address == email && adresse.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>At least one territoire; each of the département and active, unless the structure already serves it.</summary>
    private async Task VerifierTerritoiresAsync(List<int> ids, int? structureId, Action<string> erreur, CancellationToken ct)
    {
        if (ids.Count == 0) { erreur("Choisissez au moins un territoire desservi."); return; }
        var connus = await db.Territoires.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var dejaDesservis = structureId is null ? [] : await db.Set<StructureTerritoire>()
            .Where(st => st.StructureId == structureId).Select(st => st.TerritoireId).ToListAsync(ct);
        foreach (var id in ids)
        {
            if (!connus.TryGetValue(id, out var territoire)) erreur($"Le territoire n° {id} n'existe pas dans le département.");
            else if (!territoire.Actif && !dejaDesservis.Contains(id)) erreur($"Le territoire « {territoire.Nom} » est désactivé : il ne peut plus être choisi.");
        }
    }
}
