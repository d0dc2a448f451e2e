using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Employeurs.Import;

/// <summary>One refusal of the file: its line (0 for the file as a whole), the column as the file names it, and why.</summary>
public sealed record ErreurImportEmployeur(int Ligne, string? Colonne, string Motif);

/// <summary>What an import did, or would do when it only checked: all rows are applied, or none.</summary>
public sealed record ResultatImportEmployeurs(bool Simulation, int Crees, int MisAJour, IReadOnlyList<ErreurImportEmployeur> Erreurs)
{
    public bool Reussi => Erreurs.Count == 0;
}

/// <summary>
/// Records the employers of a spreadsheet (issue 16 part 1) with the same rules as the form (<see cref="ReglesEmployeur"/>)
/// and the same scope (<see cref="AccesEmployeurs"/>). Every row is checked before anything is written and the whole
/// file is one transaction: one bad row, and nothing changes. A SIRET already recorded is refused unless the user asked
/// to update existing employers; a SIRET twice in the file is always refused (which line should win is not ours to guess).
/// </summary>
public sealed class ImportEmployeurs(AppDbContext db, AccesEmployeurs acces, Communes.Communes communes, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string Action = "employeurs-import";

    /// <summary>Far above a département's network (a few thousand employers): a larger file is a wrong file.</summary>
    public const int LignesMax = 20_000;

    public async Task<ResultatImportEmployeurs> ImporterAsync(Stream fichier, string nomFichier, IReadOnlyDictionary<string, string?> correspondance,
        bool mettreAJour, bool simulation, CancellationToken ct)
    {
        using var feuille = FeuilleTableur.Ouvrir(fichier, nomFichier, ColonnesEmployeur.Toutes, correspondance);
        if (feuille.Erreur is { } erreurFichier) return Echec(simulation, new ErreurImportEmployeur(erreurFichier.Ligne, null, erreurFichier.Motif));
        var departement = await db.CodeDepartementAsync(ct);
        var territoires = await db.Set<TerritoireCommune>().ToDictionaryAsync(t => t.CodeInsee, t => t.TerritoireId, ct);
        var existants = await db.Set<Employeur>().ToDictionaryAsync(e => e.Siret, ct);
        var erreurs = new List<ErreurImportEmployeur>();
        var retenus = new List<(int Ligne, EmployeurLu Lu, int? Territoire)>();
        var vus = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ligne in feuille.Lignes())
        {
            if (retenus.Count + erreurs.Count >= LignesMax)
                return Echec(simulation, new ErreurImportEmployeur(ligne.Numero, null, $"Le fichier dépasse {LignesMax:N0} lignes : découpez-le."));
            if (ligne.Erreur is not null) { erreurs.Add(new(ligne.Numero, null, ligne.Erreur)); continue; }
            var (saisie, erreursCellules) = ColonnesEmployeur.Lire(ligne, feuille);
            var (lu, erreursRegles) = ReglesEmployeur.Lire(saisie, c => Offre.ResolutionCommune.Resoudre(communes, departement, c));
            var avant = erreurs.Count;
            erreurs.AddRange(erreursCellules.Select(e => new ErreurImportEmployeur(ligne.Numero, feuille.ColonnesLues.GetValueOrDefault(e.Key), e.Value)));
            erreurs.AddRange(erreursRegles.Select(e => new ErreurImportEmployeur(ligne.Numero,
                ColonnesEmployeur.ColonneDuChamp(e.Key) is { } cle ? feuille.ColonnesLues.GetValueOrDefault(cle) : null, e.Value)));
            if (lu is null || erreurs.Count > avant) continue;
            var colonneSiret = feuille.ColonnesLues[ColonnesEmployeur.Siret];
            if (vus.TryGetValue(lu.Siret, out var premiere)) { erreurs.Add(new(ligne.Numero, colonneSiret, $"Le SIRET {lu.Siret} figure déjà ligne {premiere} : gardez une seule ligne par établissement.")); continue; }
            vus[lu.Siret] = ligne.Numero;
            if (existants.TryGetValue(lu.Siret, out var existant) && !mettreAJour)
            {
                erreurs.Add(new(ligne.Numero, colonneSiret, $"Un employeur a déjà le SIRET {lu.Siret} : « {existant.RaisonSociale} ». Cochez « mettre à jour les employeurs déjà enregistrés » pour compléter sa fiche."));
                continue;
            }
            var territoire = territoires.TryGetValue(lu.CodeInsee, out var t) ? t : (int?)null;
            var hors = existant is not null && !acces.Couvre(existant.TerritoireId);
            if (hors || !acces.Couvre(territoire))
            {
                erreurs.Add(new(ligne.Numero, feuille.ColonnesLues[ColonnesEmployeur.Commune],
                    hors ? $"L'employeur au SIRET {lu.Siret} est suivi hors de vos territoires : vous ne pouvez pas le modifier." : "Cette commune n'est pas dans vos territoires : l'employeur serait hors de votre périmètre."));
                continue;
            }
            retenus.Add((ligne.Numero, lu, territoire));
        }
        if (erreurs.Count > 0) return new(simulation, 0, 0, erreurs);
        if (retenus.Count == 0) return Echec(simulation, new ErreurImportEmployeur(1, null, "Le fichier ne contient aucun employeur sous sa ligne d'en-tête."));
        var misAJour = retenus.Count(r => existants.ContainsKey(r.Lu.Siret));
        if (!simulation) await EcrireAsync(retenus, existants, nomFichier, misAJour, ct);
        return new(simulation, retenus.Count - misAJour, misAJour, []);
    }

    private async Task EcrireAsync(List<(int Ligne, EmployeurLu Lu, int? Territoire)> retenus, Dictionary<string, Employeur> existants, string nomFichier, int misAJour, CancellationToken ct)
    {
        var auteur = user.NomComplet ?? user.Email ?? "système";
        var maintenant = heure.MaintenantUtc;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (_, lu, territoire) in retenus)
        {
            if (!existants.TryGetValue(lu.Siret, out var employeur))
                db.Add(employeur = new Employeur { Siret = lu.Siret, RaisonSociale = lu.RaisonSociale, CodeInsee = lu.CodeInsee, CreePar = auteur, CreeLe = maintenant });
            ServiceEmployeurs.Remplir(employeur, lu with { ChargeRelationId = employeur.ChargeRelationId }, territoire, maintenant);
        }
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(Action, nameof(Employeur), null, $"{Path.GetFileName(nomFichier)} : {retenus.Count - misAJour} créé(s), {misAJour} mis à jour");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static ResultatImportEmployeurs Echec(bool simulation, ErreurImportEmployeur erreur) => new(simulation, 0, 0, [erreur]);
}
