using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>One figure of a stratégie pauvreté fiche, with its definition as users read it.</summary>
public sealed record IndicateurStrategie(string Libelle, long? Valeur, string Definition);

public sealed record ResultatStrategie(int Annee, string Fiche, IReadOnlyList<IndicateurStrategie> Indicateurs);

/// <summary>
/// Stratégie pauvreté, fiche 6 (« Proposer un accompagnement global renforcé… »). A suivi en accompagnement global is a
/// person's follow-up team holding a professional of a France Travail agency beside the référent (Features/Suivi/Equipe):
/// the membership accepted on or before 31/12/N, ending on or after 1/1/N and not withdrawn before 1/1/N. Each person
/// counts once whatever the number of such members. Bénéficiaires du RSA: those whose RSA parcours was open at some
/// time in year N (entered on or before 31/12/N, not closed before 1/1/N).
/// </summary>
public sealed class StrategiePauvrete(AppDbContext db, CacheDepartement cache, HeureLegale heure)
{
    public const string Fiche = "Fiche 6 : accompagnement global";

    public Task<ResultatStrategie> CalculerAsync(int annee, CancellationToken ct) => cache.ObtenirAsync(db, $"strategie-pauvrete:{annee}", async c =>
    {
        var (debut, fin) = (new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31));
        var (debutUtc, finUtc) = (heure.DebutDuJourUtc(debut), heure.DebutDuJourUtc(fin.AddDays(1)));
        var suivis = from m in db.Set<MembreEquipe>()
                     join s in db.Set<Structure>() on m.StructureId equals s.Id
                     where s.Type == TypeStructure.AgenceFranceTravail && m.Statut == StatutMembre.Accepte && m.DecideLe < finUtc
                           && m.DateFin >= debut && (m.RetireLe == null || m.RetireLe >= debutUtc)
                     select m.PersonneId;
        var tous = await suivis.Distinct().CountAsync(c);
        var rsa = await suivis.Distinct().CountAsync(p => db.Set<Parcours>().Any(r => r.PersonneId == p && r.Public == Parcours.PublicRsa
            && r.DateEntree <= fin && (r.DateCloture == null || r.DateCloture >= debut)), c);
        return new ResultatStrategie(annee, Fiche,
        [
            new("Nombre de suivis en accompagnement global", tous,
                "Personnes dont l'équipe de suivi a compté, au cours de l'année, un professionnel d'une agence France Travail accepté aux côtés du référent."),
            new("Nombre de suivis de bénéficiaires du RSA en accompagnement global", rsa,
                "Les mêmes, lorsque la personne avait un parcours RSA ouvert au cours de l'année."),
        ]);
    }, ct);

    /// <summary>
    /// The « partenaires » variant: a figure from 1 to 4 is hidden, and so is the RSA figure when the total minus it (the
    /// suivis of other publics) would give back from 1 to 4 persons.
    /// </summary>
    public static ResultatStrategie Secret(ResultatStrategie r)
    {
        static bool Petit(long? v) => v is > 0 and < Indicateurs.Secret.SecretStatistique.Seuil;
        var (tous, rsa) = (r.Indicateurs[0], r.Indicateurs[1]);
        var rsaCache = Petit(rsa.Valeur) || Petit(tous.Valeur) || Petit(tous.Valeur - rsa.Valeur);
        return r with { Indicateurs = [Petit(tous.Valeur) ? tous with { Valeur = null } : tous, rsaCache ? rsa with { Valeur = null } : rsa] };
    }
}
