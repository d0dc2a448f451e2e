using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// How one import sees the département: the flux date, the stock-load option, commune → territoire, and
/// the interrupted imports it resumes (their dossiers are "already applied").
/// </summary>
internal sealed record ParametresApplication(int ImportId, DateOnly DateFlux, bool RepriseDeStock, IReadOnlyDictionary<string, int> TerritoiresParCommune,
    IReadOnlySet<int> ImportsRepris);

/// <summary>
/// Writes one foyer onto its (tracked) dossier: dossier and foyer fields, members, persons'
/// identity, current dossier, rights history and the foyer's warnings. Only mutates tracked entities
/// or hands new ones to <c>ajouter</c>; the caller saves.
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
        var ecrites = new Personne[f.Personnes.Count];
        for (var i = 0; i < f.Personnes.Count; i++)
        {
            var p = f.Personnes[i];
            var membre = dossier.Membres.FirstOrDefault(m => m.Personne is { } connue && Correspond(connue, p, personnes.Empreinte(p)));
            var personne = membre?.Personne ?? personnes.Trouver(p);
            if (personne is null)
            {
                personne = new Personne { Nom = p.Nom, NomNaissance = p.NomNaissance, Prenoms = p.Prenom, Sexe = p.Sexe, CleIdentite = "" };
                ajouter(personne);
            }
            RemplirIdentite(personne, p, personnes);
            personnes.Ajouter(personne);
            var nouveau = membre is null;
            if (membre is null)
            {
                membre = new MembreFoyer { Dossier = dossier, Personne = personne, Role = p.Role };
                dossier.Membres.Add(membre);
            }
            // Without TOPPERSDRODEVORSA the flux says nothing: what this dossier last said of the person stands.
            var sdd = p.SddTransmis || nouveau ? p.SoumisDroitsDevoirs : membre.SoumisDroitsDevoirs;
            (membre.Role, membre.SoumisDroitsDevoirs, membre.Present) = (p.Role, sdd, true);
            presents.Add(membre);
            ecrites[i] = personne;
            if (SuivreDroit(personne, dossier, p with { SoumisDroitsDevoirs = sdd }, parametres, ajouter) is { } evenement) evenements.Add(evenement);
        }
        foreach (var absent in dossier.Membres.Where(m => !presents.Contains(m))) absent.Present = false;
        foreach (var a in lu.Avertissements) ajouter(Avertissement(a, dossier, a.Personne is { } rang ? ecrites[rang] : null, parametres.ImportId));
        return evenements;
    }

    private static AvertissementDossier Avertissement(AvertissementLu a, DossierRsa dossier, Personne? personne, int importId) => new()
    {
        Dossier = dossier,
        Personne = personne,
        ImportId = importId,
        Ligne = a.Ligne,
        Champ = ExecutionImport.Tronquer(a.Champ, 100),
        Valeur = ExecutionImport.Tronquer(a.Valeur, 200),
        Nature = a.Nature,
        Message = ExecutionImport.Tronquer(a.Message, AvertissementDossier.LongueurMessage)!,
        Statut = StatutAvertissement.Ouvert,
    };

    private static bool Correspond(Personne connue, PersonneCnaf p, string? empreinte) =>
        connue.DateNaissance == p.DateNaissance
        && (empreinte is not null && connue.EmpreinteNir == empreinte
            || connue.CleIdentite == NormalisationNom.CleIdentite(p.Nom, p.Prenom) && (connue.EmpreinteNir is null || p.Nir is null));

    private static void RemplirDossier(DossierRsa d, FoyerCnaf f, string empreinte, ParametresApplication parametres)
    {
        (d.DateDemande, d.Organisme, d.NumeroOrganisme, d.Matricule, d.SituationFamille) =
            (f.DateDemande, f.Organisme.Fonction, f.Organisme.Numero, f.Organisme.Matricule, f.SituationFamille);
        var a = f.Adresse;
        (d.NumeroVoie, d.TypeVoie, d.NomVoie, d.CodeInsee, d.CodePostal, d.Commune) =
            (a?.NumeroVoie, a?.TypeVoie, a?.NomVoie, a?.CodeInsee, a?.CodePostal, a?.Commune);
        d.TerritoireId = a is not null && parametres.TerritoiresParCommune.TryGetValue(a.CodeInsee, out var territoire) ? territoire : null;
        // An état the flux did not give (or gave unknown) keeps the known one: a code nobody can read must not make entries or exits.
        var etat = f.Droit.Etat.Length > 0 ? f.Droit.Etat : d.EtatDroit.Length > 0 ? d.EtatDroit : EtatsDroit.NonDefini;
        (d.EtatDroit, d.MotifCloture, d.DateCloture, d.MontantTotal) = (etat, f.Droit.MotifCloture, f.Droit.DateCloture, f.Droit.MontantTotal);
        d.MotifsSuspension = string.Join(' ', f.Droit.MotifsSuspension);
        d.NaturesPrestation = string.Join(' ', f.Droit.NaturesPrestation);
        (d.DateFlux, d.Empreinte, d.DernierImportId) = (parametres.DateFlux, empreinte, parametres.ImportId);
    }

    private static void RemplirIdentite(Personne personne, PersonneCnaf p, CorrespondancePersonnes personnes)
    {
        (personne.Civilite, personne.Nom, personne.NomNaissance, personne.Prenoms) = (p.Civilite, p.Nom, p.NomNaissance, p.Prenom);
        (personne.DateNaissance, personne.CommuneNaissance, personne.Sexe) = (p.DateNaissance, p.CommuneNaissance, p.Sexe);
        personne.CleIdentite = NormalisationNom.CleIdentite(p.Nom, p.Prenom);
        personne.IndexerNom();
        if (p.Nir is not null) personnes.Protection.Enregistrer(personne, p.Nir, personnes.Empreinte(p));
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
