using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Clauses;

/// <summary>One refused line of the file: where, which column, why.</summary>
public sealed record ErreurImport(int Ligne, string Colonne, string Motif);

public sealed record ResultatImportHeures(bool Reussi, string Message, IReadOnlyList<ErreurImport> Erreurs);

/// <summary>
/// Imports a facilitator's spreadsheet of monthly hours (numéro de marché, nom, prénom, date de naissance, mois MM/AAAA,
/// heures, SIRET de l'employeur) all or nothing: every line is read and checked, each bad cell reported with its line and
/// column, and the hours are recorded by <see cref="EnregistrementHeures"/> only when no line is refused. A line names a
/// participant already on the contract: the file has no public, which the facilitator gives when inscribing them.
/// </summary>
public sealed class ImportHeuresClause(AppDbContext db, AccesClauses acces, EnregistrementHeures enregistrement)
{
    public const int LignesMaximum = 20_000;

    private static readonly string[] FormatsMois = ["MM/yyyy", "M/yyyy", "yyyy-MM"];

    public async Task<ResultatImportHeures> ImporterAsync(Stream flux, string nomFichier, CancellationToken ct)
    {
        using var tableur = FeuilleTableur.Ouvrir(flux, nomFichier, ColonnesHeures.Toutes);
        if (tableur.Erreur is { } illisible) return new(false, $"Ligne {illisible.Ligne} : {illisible.Motif}", []);
        var feuille = tableur.Lignes().Where(l => l.Erreur is not null || l.Valeurs.Values.Any(v => v.Length > 0)).ToList();
        if (feuille.Count == 0) return new(false, "Le fichier ne contient aucune ligne d'heures sous ses en-têtes.", []);
        if (feuille.Count > LignesMaximum) return new(false, $"Le fichier dépasse {LignesMaximum} lignes : découpez-le par mois.", []);

        var marches = await acces.Atteints(db.Set<MarcheClause>()).Select(m => new { m.Id, m.Numero }).ToDictionaryAsync(m => m.Numero, m => m.Id, StringComparer.OrdinalIgnoreCase, ct);
        var participants = await db.Set<ParticipantClause>().Select(p => new { p.Id, p.Cle, p.DateNaissance }).ToListAsync(ct);
        var parCle = participants.ToLookup(p => (p.Cle, p.DateNaissance), p => p.Id);
        var sirets = feuille.Select(l => Siret.Normaliser(l[ColonnesHeures.Siret])).Where(s => s.Length > 0).Distinct().ToList();
        var employeurs = await db.Set<Employeurs.Employeur>().Where(e => sirets.Contains(e.Siret)).Select(e => new { e.Id, e.Siret }).ToDictionaryAsync(e => e.Siret, e => e.Id, ct);
        var siae = (await db.Structures.Where(s => sirets.Contains(s.Siret) && ChoixMarche.TypesSiae.Contains(s.Type)).Select(s => new { s.Id, s.Siret }).ToListAsync(ct))
            .GroupBy(s => s.Siret).ToDictionary(g => g.Key, g => g.First().Id);

        var erreurs = new List<ErreurImport>();
        var lignes = new List<LigneHeures>();
        foreach (var l in feuille)
        {
            if (l.Erreur is not null) { erreurs.Add(new(l.Numero, "—", l.Erreur)); continue; }
            string Cellule(string c) => l[c].Trim();
            void Refuser(string c, string motif) => erreurs.Add(new(l.Numero, ColonnesHeures.Libelle(c), motif));
            var avant = erreurs.Count;
            if (!marches.TryGetValue(Cellule(ColonnesHeures.Marche), out var marche))
                Refuser(ColonnesHeures.Marche, Cellule(ColonnesHeures.Marche) is { Length: > 0 } n ? $"Aucun marché n° {n} dans votre périmètre." : "Le numéro de marché est vide.");
            if (Cellule(ColonnesHeures.Nom).Length == 0) Refuser(ColonnesHeures.Nom, "Le nom est vide.");
            if (Cellule(ColonnesHeures.Prenom).Length == 0) Refuser(ColonnesHeures.Prenom, "Le prénom est vide.");
            var naissance = tableur.Date(Cellule(ColonnesHeures.Naissance));
            if (naissance is null) Refuser(ColonnesHeures.Naissance, $"« {Cellule(ColonnesHeures.Naissance)} » n'est pas une date JJ/MM/AAAA.");
            var mois = Mois(tableur, Cellule(ColonnesHeures.Mois));
            if (mois is null) Refuser(ColonnesHeures.Mois, $"« {Cellule(ColonnesHeures.Mois)} » n'est pas un mois MM/AAAA.");
            var heures = Heures(Cellule(ColonnesHeures.Heures));
            if (heures is null) Refuser(ColonnesHeures.Heures, $"« {Cellule(ColonnesHeures.Heures)} » n'est pas un nombre d'heures (p. ex. 35 ou 17,5).");
            var participant = 0;
            if (erreurs.Count == avant)
            {
                var trouves = parCle[(NormalisationNom.CleIdentite(Cellule(ColonnesHeures.Nom), Cellule(ColonnesHeures.Prenom)), naissance!.Value)].ToList();
                if (trouves.Count == 0) Refuser(ColonnesHeures.Nom, "Aucun participant de ce nom, prénom et date de naissance : inscrivez-le d'abord sur le marché.");
                else participant = trouves[0];
            }
            int? employeur = null, structure = null;
            var siret = Siret.Normaliser(Cellule(ColonnesHeures.Siret));
            if (siret.Length > 0)
            {
                if (Siret.Verifier(siret) is { } faux) Refuser(ColonnesHeures.Siret, faux);
                else if (employeurs.TryGetValue(siret, out var e)) employeur = e;
                else if (siae.TryGetValue(siret, out var s)) structure = s;
                else Refuser(ColonnesHeures.Siret, $"Aucun employeur ni SIAE du département n'a le SIRET {siret}.");
            }
            if (erreurs.Count == avant)
                lignes.Add(new LigneHeures(l.Numero.ToString(CultureInfo.InvariantCulture), marche, participant, mois!.Value, heures, employeur, structure, EmployeurDonne: siret.Length > 0));
        }
        if (erreurs.Count > 0) return Refus(erreurs);
        var ecriture = await enregistrement.EnregistrerAsync(lignes, ct);
        if (ecriture.Resultat.Reussi) return new(true, ecriture.Resultat.Message, []);
        return Refus([.. ecriture.Erreurs.Select(e => new ErreurImport(int.Parse(e.Key, CultureInfo.InvariantCulture), ecriture.Colonnes?.GetValueOrDefault(e.Key) ?? "heures", e.Value))]);
    }

    private static ResultatImportHeures Refus(List<ErreurImport> erreurs) =>
        new(false, $"{erreurs.Select(e => e.Ligne).Distinct().Count()} ligne(s) refusée(s) : rien n'a été importé. Corrigez le fichier, puis importez-le à nouveau.",
            [.. erreurs.OrderBy(e => e.Ligne)]);

    private static DateOnly? Mois(FeuilleTableur tableur, string texte)
    {
        if (DateOnly.TryParseExact(texte, FormatsMois, CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) return m;
        // A month typed in a spreadsheet often arrives as a date (the first of the month), or its serial number.
        return tableur.Date(texte) is DateOnly d ? new DateOnly(d.Year, d.Month, 1) : null;
    }

    private static decimal? Heures(string texte) =>
        decimal.TryParse(texte.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var h) ? h : null;
}
