using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Employeurs;

public sealed record LigneEmployeur(int Id, string RaisonSociale, string Siret, string Commune, SecteurEmployeur Secteur, TrancheEffectif Effectif,
    string? ChargeRelation, bool Charte, bool ClubRse, bool Parrainage);

public sealed record ContactLu(int Id, string Nom, string? Fonction, string? Telephone, string? Courriel);

public sealed record EchangeLu(int Id, DateOnly Date, TypeEchange Type, string Objet, string Par);

public sealed record FicheEmployeur(int Id, int Version, string Siret, string RaisonSociale, string? CodeNaf, TrancheEffectif Effectif, SecteurEmployeur Secteur,
    string CodeInsee, string Commune, string? Adresse, string? ChargeRelationId, string? ChargeRelation, DateOnly? CharteSigneeLe, DateOnly? ClubRseDepuis,
    DateOnly? ParrainageDepuis, IReadOnlyList<ContactLu> Contacts, IReadOnlyList<EchangeLu> Echanges);

/// <summary>The employers as their readers see them, always within <see cref="AccesEmployeurs"/>: the searchable list and one employer's file.</summary>
public sealed class ConsultationEmployeurs(AppDbContext db, AccesEmployeurs acces, Communes.Communes communes)
{
    /// <param name="recherche">Part of the name, or the start of the SIRET.</param>
    public async Task<Page<LigneEmployeur>> ListeAsync(string? recherche, int? page, int? taille, CancellationToken ct)
    {
        var employeurs = acces.Atteints(db.Set<Employeur>().AsNoTracking());
        if (!string.IsNullOrWhiteSpace(recherche))
        {
            var texte = recherche.Trim();
            var chiffres = new string([.. texte.Where(char.IsAsciiDigit)]);
            employeurs = chiffres.Length >= 3 && chiffres.Length == texte.Count(c => !char.IsWhiteSpace(c))
                ? employeurs.Where(e => e.Siret.StartsWith(chiffres))
                : employeurs.Where(e => e.RaisonSociale.ToUpper().Contains(texte.ToUpper()));
        }
        var lignes = await employeurs.OrderBy(e => e.RaisonSociale).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.RaisonSociale,
                e.Siret,
                e.CodeInsee,
                e.Secteur,
                e.Effectif,
                Charge = db.Users.Where(u => u.Id == e.ChargeRelationId).Select(u => u.Prenom + " " + u.Nom).FirstOrDefault(),
                Charte = e.CharteSigneeLe != null,
                Club = e.ClubRseDepuis != null,
                Parrainage = e.ParrainageDepuis != null,
            }).PaginerAsync(page, taille, ct);
        return lignes.Convertir(e => new LigneEmployeur(e.Id, e.RaisonSociale, e.Siret, Commune(e.CodeInsee), e.Secteur, e.Effectif, e.Charge, e.Charte, e.Club, e.Parrainage));
    }

    /// <returns>null when the employer does not exist or is outside the reader's territoires (a 404 for pages and API alike).</returns>
    public async Task<FicheEmployeur?> FicheAsync(int id, CancellationToken ct)
    {
        var e = await acces.Atteints(db.Set<Employeur>().AsNoTracking()).Include(x => x.Contacts).Include(x => x.Echanges).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return null;
        var charge = e.ChargeRelationId is null ? null : await db.Users.Where(u => u.Id == e.ChargeRelationId).Select(u => u.Prenom + " " + u.Nom).FirstOrDefaultAsync(ct);
        return new FicheEmployeur(e.Id, e.Version, e.Siret, e.RaisonSociale, e.CodeNaf, e.Effectif, e.Secteur, e.CodeInsee, Commune(e.CodeInsee), e.Adresse,
            e.ChargeRelationId, charge, e.CharteSigneeLe, e.ClubRseDepuis, e.ParrainageDepuis,
            [.. e.Contacts.OrderBy(c => c.Nom).Select(c => new ContactLu(c.Id, c.Nom, c.Fonction, c.Telephone, c.Courriel))],
            [.. e.Echanges.OrderByDescending(x => x.Date).ThenByDescending(x => x.Id).Select(x => new EchangeLu(x.Id, x.Date, x.Type, x.Objet, x.Par))]);
    }

    private string Commune(string codeInsee) => communes.Trouver(codeInsee)?.Nom ?? codeInsee;
}
