using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Contrats.Editeur;

/// <summary>What the contract pages show around the form: the person, the contract their orientation calls for, the durations allowed.</summary>
public sealed record EditeurContrat(int PersonneId, string NomComplet, DateOnly DateNaissance, TypeContrat? TypeAttendu, ReglesContrats Regles, Contrat? Contrat)
{
    public TypeContrat? Type => Contrat?.Type ?? TypeAttendu;
}

/// <summary>The form, its entry, and the contract's version when it is changed.</summary>
public sealed record FormulaireContrat(EditeurContrat Editeur, SaisieContrat Saisie, int? Version, ModelStateDictionary Etat);

/// <summary>Loads the person within the user's scope (null otherwise: the pages answer 404), and the contract when one is named.</summary>
public sealed class ChargementEditeur(AppDbContext db, PerimetreDossiers perimetre, ReglesEnVigueur reglesOrientation, ReglesContratsEnVigueur reglesContrats)
{
    public async Task<EditeurContrat?> ChargerAsync(int personneId, int? contratId, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes).AsNoTracking().Where(p => p.Id == personneId)
            .Select(p => new { p.Prenoms, p.Nom, p.DateNaissance }).FirstOrDefaultAsync(ct);
        if (personne is null) return null;
        Contrat? contrat = null;
        if (contratId is int id && (contrat = await db.Set<Contrat>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.PersonneId == personneId, ct)) is null)
            return null;
        var parcours = await db.Set<Parcours>().AsNoTracking().FirstOrDefaultAsync(p => p.PersonneId == personneId && p.DateCloture == null, ct);
        TypeContrat? attendu = null;
        if (parcours is { ReferentId: not null, TypeOrientation: { } orientation } && parcours.Etape.EstOriente())
            attendu = TypeContratRegles.Pour(orientation, await reglesOrientation.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct));
        return new EditeurContrat(personneId, NomPersonne.Afficher(personne.Nom, personne.Prenoms), personne.DateNaissance, attendu, await reglesContrats.ObtenirAsync(ct), contrat);
    }
}
