using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>How one import sees the département: the flux date, the stock-load option, commune → territoire.</summary>
internal sealed record ParametresApplication(int ImportId, DateOnly DateFlux, bool RepriseDeStock, IReadOnlyDictionary<string, int> TerritoiresParCommune);

/// <summary>
/// Writes one foyer onto its (tracked) dossier: dossier and foyer fields, members, persons'
/// identity, current dossier and rights history. Only mutates tracked entities; the caller saves.
/// </summary>
internal static class ApplicationFoyer
{
    public static List<EvenementDroit> Appliquer(
        DossierRsa dossier, FoyerLu lu, string empreinte, ParametresApplication parametres, CorrespondancePersonnes personnes, Action<object> ajouter)
    {
        var f = lu.Foyer;
        RemplirDossier(dossier, f, empreinte, parametres);
        var evenements = new List<EvenementDroit>();
        var presents = new HashSet<MembreFoyer>();
        foreach (var p in f.Personnes)
        {
            var membre = dossier.Membres.FirstOrDefault(m => m.Personne is { } connue && Correspond(connue, p));
            var personne = membre?.Personne ?? personnes.Trouver(p);
            if (personne is null)
            {
                personne = new Personne { Nom = p.Nom, NomNaissance = p.NomNaissance, Prenoms = p.Prenom, Sexe = p.Sexe, CleIdentite = "" };
                ajouter(personne);
            }
            RemplirIdentite(personne, p);
            personnes.Ajouter(personne);
            if (membre is null)
            {
                membre = new MembreFoyer { Dossier = dossier, Personne = personne, Role = p.Role };
                dossier.Membres.Add(membre);
            }
            (membre.Role, membre.SoumisDroitsDevoirs, membre.Present) = (p.Role, p.SoumisDroitsDevoirs, true);
            presents.Add(membre);
            if (SuivreDroit(personne, dossier, p, parametres, ajouter) is { } evenement) evenements.Add(evenement);
        }
        foreach (var absent in dossier.Membres.Where(m => !presents.Contains(m))) absent.Present = false;
        return evenements;
    }

    private static bool Correspond(Personne connue, PersonneCnaf p) =>
        connue.DateNaissance == p.DateNaissance
        && (Nir.PrefixeRapprochement(p.Nir) is { } prefixe && connue.PrefixeNir == prefixe
            || connue.CleIdentite == NormalisationNom.CleIdentite(p.Nom, p.Prenom) && (connue.PrefixeNir is null || p.Nir is null));

    private static void RemplirDossier(DossierRsa d, FoyerCnaf f, string empreinte, ParametresApplication parametres)
    {
        (d.DateDemande, d.Organisme, d.NumeroOrganisme, d.Matricule, d.SituationFamille) =
            (f.DateDemande, f.Organisme.Fonction, f.Organisme.Numero, f.Organisme.Matricule, f.SituationFamille);
        var a = f.Adresse;
        (d.NumeroVoie, d.TypeVoie, d.NomVoie, d.CodeInsee, d.CodePostal, d.Commune) =
            (a?.NumeroVoie, a?.TypeVoie, a?.NomVoie, a?.CodeInsee, a?.CodePostal, a?.Commune);
        d.TerritoireId = a is not null && parametres.TerritoiresParCommune.TryGetValue(a.CodeInsee, out var territoire) ? territoire : null;
        (d.EtatDroit, d.MotifCloture, d.DateCloture, d.MontantTotal) = (f.Droit.Etat, f.Droit.MotifCloture, f.Droit.DateCloture, f.Droit.MontantTotal);
        d.MotifsSuspension = string.Join(' ', f.Droit.MotifsSuspension);
        d.NaturesPrestation = string.Join(' ', f.Droit.NaturesPrestation);
        (d.DateFlux, d.Empreinte, d.DernierImportId) = (parametres.DateFlux, empreinte, parametres.ImportId);
    }

    private static void RemplirIdentite(Personne personne, PersonneCnaf p)
    {
        (personne.Civilite, personne.Nom, personne.NomNaissance, personne.Prenoms) = (p.Civilite, p.Nom, p.NomNaissance, p.Prenom);
        (personne.DateNaissance, personne.CommuneNaissance, personne.Sexe) = (p.DateNaissance, p.CommuneNaissance, p.Sexe);
        personne.CleIdentite = NormalisationNom.CleIdentite(p.Nom, p.Prenom);
        if (p.Nir is not null) (personne.Nir, personne.PrefixeNir) = (Nir.Normaliser(p.Nir), Nir.PrefixeRapprochement(p.Nir));
        personne.Nationalite = p.Nationalite ?? personne.Nationalite;
        personne.Telephone = p.Telephone ?? personne.Telephone;
        personne.Email = p.Email ?? personne.Email;
    }

    /// <summary>
    /// The current dossier is the open one if any, else the latest demand; the rights history
    /// follows the current dossier only, so the closing of an old dossier is not a sortie.
    /// </summary>
    private static EvenementDroit? SuivreDroit(Personne personne, DossierRsa dossier, PersonneCnaf p, ParametresApplication parametres, Action<object> ajouter)
    {
        var courant = personne.DossierCourant;
        var devientCourant = courant is null || ReferenceEquals(courant, dossier)
            || EtatsDroit.EstOuvert(dossier.EtatDroit) && !EtatsDroit.EstOuvert(courant.EtatDroit)
            || EtatsDroit.EstOuvert(dossier.EtatDroit) == EtatsDroit.EstOuvert(courant.EtatDroit) && dossier.DateDemande >= courant.DateDemande;
        if (!devientCourant) return null;
        (personne.DossierCourant, personne.RoleCourant) = (dossier, p.Role);
        var avant = personne.EtatDroit is { } etat ? new SituationDroit(etat, personne.SoumisDroitsDevoirs, personne.DejaEntre, personne.DateSortie) : null;
        var evenement = RegleParcoursDroit.Evaluer(avant, dossier.EtatDroit, p.SoumisDroitsDevoirs, parametres.DateFlux, parametres.RepriseDeStock);
        if (evenement is not { } e) return null;
        var apres = RegleParcoursDroit.Appliquer(avant, e, dossier.EtatDroit, p.SoumisDroitsDevoirs, parametres.DateFlux);
        (personne.EtatDroit, personne.SoumisDroitsDevoirs, personne.DejaEntre, personne.DateSortie) = (apres.EtatDroit, apres.SoumisDroitsDevoirs, apres.DejaEntre, apres.DateSortie);
        if (e is EvenementDroit.NouvelEntrant or EvenementDroit.Retour) personne.DateEntree = parametres.DateFlux;
        ajouter(new HistoriqueDroit
        {
            Personne = personne,
            Dossier = dossier,
            DateEffet = parametres.DateFlux,
            EtatDroit = dossier.EtatDroit,
            SoumisDroitsDevoirs = p.SoumisDroitsDevoirs,
            Evenement = e,
            ImportId = parametres.ImportId,
        });
        return e;
    }
}
