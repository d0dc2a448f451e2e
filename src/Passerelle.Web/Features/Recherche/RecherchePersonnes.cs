using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Recherche;

/// <summary>A person found: their page, current dossier (none for a public entered by hand), step of the open parcours and référent.</summary>
public sealed record PersonneTrouvee(int Id, string Nom, string Prenoms, string? NomNaissance, DateOnly DateNaissance,
    int? DossierId, string? NumDemRsa, string Etape, string? Referent);

/// <param name="Tronque">More than <see cref="RecherchePersonnes.Limite"/> persons matched: the user should add a first name or a birth date.</param>
/// <param name="Approchant">No name sounded the same: these are the names one letter away.</param>
public sealed record ResultatRecherche(IReadOnlyList<PersonneTrouvee> Personnes, bool Tronque, bool Approchant);

/// <summary>
/// The header search: persons of the user's scope (<see cref="PerimetreDossiers"/>) matching one typed text, each criterion
/// served by an index (sound keys, birth date, NIR blind index, dossier numbers, contacts); every search is audited with
/// what was searched, the NIR masked.
/// </summary>
public sealed class RecherchePersonnes(AppDbContext db, PerimetreDossiers perimetre, ProtectionNir protection, AuditJournal audit)
{
    public const int Limite = 50;

    public async Task<ResultatRecherche> ChercherAsync(RequeteRecherche requete, CancellationToken ct)
    {
        var lignes = await LireAsync(Filtrer(requete, requete.ClesNom), ct);
        var approchant = false;
        if (lignes.Count == 0 && requete.ParNom && await ClesProchesAsync(requete, ct) is { Count: > 0 } proches)
        {
            lignes = await LireAsync(Filtrer(requete, proches), ct);
            approchant = true;
        }
        var tronque = lignes.Count > Limite;
        if (tronque) lignes = lignes[..Limite];
        await audit.EnregistrerMaintenantAsync(AuditActions.Recherche, nameof(Personne),
            details: $"Recherche de personnes : {requete.Description} ({(tronque ? $"plus de {Limite}" : lignes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))} résultat(s))", ct: ct);
        return new(await PresenterAsync(lignes, ct), tronque, approchant);
    }

    private sealed record Ligne(int Id, string Nom, string Prenoms, string NomNaissance, DateOnly DateNaissance, int? DossierId, string? NumDemRsa);

    /// <summary>
    /// Ordered by surname then first names, an order no index gives: ordered by CleIdentite, PostgreSQL walked the whole
    /// département in that index's order hoping to meet 51 matches early (300,000 persons, a rare name: 700 ms, not 5).
    /// </summary>
    private static Task<List<Ligne>> LireAsync(IQueryable<Personne> personnes, CancellationToken ct) =>
        personnes.OrderBy(p => p.Nom).ThenBy(p => p.Prenoms).ThenBy(p => p.Id).Take(Limite + 1)
            .Select(p => new Ligne(p.Id, p.Nom, p.Prenoms, p.NomNaissance, p.DateNaissance, p.DossierCourantId, p.DossierCourant!.NumDemRsa))
            .ToListAsync(ct);

    /// <summary>
    /// Each identifier is sought apart (a union of index seeks) and the persons then filtered by scope: one OR over
    /// columns of two tables would read the whole table.
    /// </summary>
    private IQueryable<Personne> Filtrer(RequeteRecherche r, IReadOnlyList<string> clesNom)
    {
        var personnes = perimetre.Filtrer(db.Personnes.AsNoTracking()).Where(p => p.FusionneeDansId == null);
        if (clesNom.Count > 0)
        {
            personnes = personnes.Where(p => clesNom.Contains(p.PhonetiqueNom!) || clesNom.Contains(p.PhonetiqueNomNaissance!));
            if (r.ClesPrenom.Count > 0)
            {
                var (prenoms, complete) = (r.ClesPrenom, r.CleComplete);
                personnes = personnes.Where(p => prenoms.Contains(p.PhonetiquePrenom!) || p.PhonetiqueNom == complete || p.PhonetiqueNomNaissance == complete);
            }
        }
        if (r.Naissance is DateOnly naissance) personnes = personnes.Where(p => p.DateNaissance == naissance);
        if (r.Email is { } email) personnes = personnes.Where(p => p.Email == email);
        var sources = new List<IQueryable<int>>();
        if (protection.Empreinte(r.Nir) is { } empreinte) sources.Add(db.Personnes.Where(p => p.EmpreinteNir == empreinte).Select(p => p.Id));
        if (r.Identifiant is { } numero)
        {
            sources.Add(db.Personnes.Where(p => p.DossierCourant!.NumDemRsa == numero).Select(p => p.Id));
            sources.Add(db.Personnes.Where(p => p.DossierCourant!.Matricule == numero).Select(p => p.Id));
        }
        if (r.Telephones.Count > 0)
        {
            var telephones = r.Telephones;
            sources.Add(db.Personnes.Where(p => telephones.Contains(p.Telephone!)).Select(p => p.Id));
        }
        if (sources.Count == 0) return personnes;
        var ids = sources.Aggregate((a, b) => a.Concat(b));
        return personnes.Where(p => ids.Contains(p.Id));
    }

    /// <summary>
    /// The stored name keys one edit away from a typed one, among those sharing its first sounds (an index range of
    /// distinct keys): « Martni » finds MARTIN. Only the whole name and its first and last words are tried.
    /// </summary>
    private async Task<List<string>> ClesProchesAsync(RequeteRecherche r, CancellationToken ct)
    {
        var essais = new[] { r.ClesNom[0], r.ClesNom[^1], r.CleComplete }.OfType<string>().Where(c => c.Length >= 4).Distinct().ToList();
        var proches = new List<string>();
        foreach (var cle in essais)
        {
            var (debut, fin) = PhonetiqueNom.Voisinage(cle);
            var noms = db.Personnes.Where(p => string.Compare(p.PhonetiqueNom, debut) >= 0 && string.Compare(p.PhonetiqueNom, fin) < 0).Select(p => p.PhonetiqueNom!);
            var naissances = db.Personnes.Where(p => string.Compare(p.PhonetiqueNomNaissance, debut) >= 0 && string.Compare(p.PhonetiqueNomNaissance, fin) < 0)
                .Select(p => p.PhonetiqueNomNaissance!);
            var voisines = await noms.Union(naissances).ToListAsync(ct);
            proches.AddRange(voisines.Where(v => PhonetiqueNom.Distance(v, cle) <= 1));
        }
        return [.. proches.Distinct()];
    }

    /// <summary>The open parcours and current référent of the persons shown, read for them only.</summary>
    private async Task<List<PersonneTrouvee>> PresenterAsync(List<Ligne> lignes, CancellationToken ct)
    {
        var ids = lignes.Select(l => l.Id).ToList();
        var etapes = await db.Set<Parcours>().AsNoTracking().Where(p => ids.Contains(p.PersonneId) && p.DateCloture == null)
            .Select(p => new { p.PersonneId, p.Etape }).ToListAsync(ct);
        var referents = await db.Set<DesignationReferent>().AsNoTracking().Where(d => ids.Contains(d.PersonneId) && d.DateFin == null)
            .Select(d => new { d.PersonneId, Nom = d.Referent!.Prenom + " " + d.Referent.Nom + " (" + d.Structure!.Nom + ")" }).ToListAsync(ct);
        var etapeDe = etapes.GroupBy(e => e.PersonneId).ToDictionary(g => g.Key, g => g.First().Etape.Libelle());
        var referentDe = referents.GroupBy(r => r.PersonneId).ToDictionary(g => g.Key, g => g.First().Nom);
        return [.. lignes.Select(l => new PersonneTrouvee(l.Id, l.Nom, l.Prenoms, l.NomNaissance == l.Nom ? null : l.NomNaissance, l.DateNaissance,
            l.DossierId, l.NumDemRsa, etapeDe.GetValueOrDefault(l.Id, "Aucun parcours ouvert"), referentDe.GetValueOrDefault(l.Id)))];
    }
}
