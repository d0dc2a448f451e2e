using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;
using Reel = Passerelle.Tests.Features.Dossiers.Cnaf.FluxReelDeTest;

namespace Passerelle.Tests.Features.Imports;

/// <summary>What the CAF actually sends is imported: each bad input of issue 10 gives its documented result (docs/imports-cnaf.md).</summary>
public sealed class FichiersReelsImportTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Janvier = new(2026, 1, 31), Fevrier = new(2026, 2, 28);

    private ProtectionNir Protection => app.Services.GetRequiredService<ProtectionNir>();

    [Fact]
    public async Task Fichier_beneficiaire_au_nir_de_13_caracteres_et_foyers_de_conjoints_seuls_cree_dossiers_personnes_avertissements_et_parcours()
    {
        var (couple, seule) = (NouveauNumero(), NouveauNumero());
        var fichier = Reel.Fichier(
            Reel.Foyer(couple, Reel.Personne("CJT", "TIFOUR", "SOPHIE", "1982-02-01", "2820251108030")
                + Reel.Personne("CJT", "KELLER", "NOEL", "1977-03-23", "1770393050005", "1", "0", "MR")),
            Reel.Foyer(seule, Reel.Personne("CJT", "LEBRUN", "AXELLE", "1995-05-05", "2950549007888")));

        var import = (await ImporterAsync(app, fichier)).Import!;

        Assert.Equal((StatutImport.Termine, 2, 0, 2, 2), (import.Statut, import.Crees, import.Rejetes, import.DossiersAvertis, import.Avertissements));
        var personnes = await app.DansDepartementAsync("49", db => db.Personnes.Where(p => p.DossierCourant!.NumDemRsa == couple || p.DossierCourant.NumDemRsa == seule)
            .OrderBy(p => p.Nom).Select(p => new { p.Nom, p.NirChiffre, p.RoleCourant, p.SoumisDroitsDevoirs, p.Id }).ToListAsync());
        Assert.Equal(["KELLER", "LEBRUN", "TIFOUR"], personnes.Select(p => p.Nom));
        Assert.Equal(["177039305000566", "295054900788882", "282025110803094"], personnes.Select(p => Protection.Lire(p.NirChiffre)));
        Assert.All(personnes, p => Assert.Equal("CJT", p.RoleCourant));
        var avertissements = await app.DansDepartementAsync("49", db => db.AvertissementsDossier.Where(a => a.ImportId == import.Id).Select(a => a.Nature).ToListAsync());
        Assert.Equal([NatureAvertissement.SansDemandeur, NatureAvertissement.SansDemandeur], avertissements);
        var soumises = personnes.Where(p => p.SoumisDroitsDevoirs).Select(p => p.Id).ToList();
        var parcours = await app.DansDepartementAsync("49", db => db.Set<Parcours>().Where(x => soumises.Contains(x.PersonneId) && x.DateCloture == null).CountAsync());
        Assert.Equal((2, 2), (soumises.Count, parcours));
    }

    [Fact]
    public async Task Nir_de_13_et_15_caracteres_cles_fausses_et_corse_reconnaissent_les_memes_personnes()
    {
        var numero = NouveauNumero();
        PersonneCnaf P(string nir, string prenom, int annee) => Personne("CORSE", prenom, new DateOnly(annee, 1, 1), nir: nir);
        var premier = Flux(Janvier, Foyer(numero, "2", P("176032A004012", "ANGE", 1976), P("288112B01234505", "MARIA", 1988) with { Role = "CJT" }));
        var second = Flux(Fevrier, Foyer(numero, "3", P("176032A00401299", "ANGE", 1976), P("288112B012345", "MARIA", 1988) with { Role = "CJT" }));

        var import1 = (await ImporterAsync(app, premier)).Import!;
        var import2 = (await ImporterAsync(app, second)).Import!;

        Assert.Equal((1, 0, 1, 0), (import1.Crees, import1.Avertissements, import2.MisAJour, import2.Rejetes));
        var nirs = await app.DansDepartementAsync("49", db => db.Personnes.Where(p => p.CleIdentite.StartsWith("CORSE")).OrderBy(p => p.Prenoms).Select(p => p.NirChiffre).ToListAsync());
        Assert.Equal(["176032A00401291", "288112B01234505"], nirs.Select(Protection.Lire));
        var cle = await app.DansDepartementAsync("49", db => db.AvertissementsDossier.SingleAsync(a => a.ImportId == import2.Id));
        Assert.Equal((NatureAvertissement.CleNirFausse, "176032A00401299"), (cle.Nature, cle.Valeur));
    }

    [Fact]
    public async Task Foyer_sans_demandeur_deux_demandeurs_et_prestation_inconnue_sont_appliques_avec_leurs_avertissements()
    {
        var (sans, deux, prestation) = (NouveauNumero(), NouveauNumero(), NouveauNumero());
        var fichier = Reel.Fichier(
            Reel.Foyer(sans, Reel.Personne("ENF", "SEUL", "ENZO", "2012-02-02", null, sdd: null)),
            Reel.Foyer(deux, Reel.Personne("DEM", "DOUBLE", "ANNE", "1980-01-01", "2800149007111") + Reel.Personne("DEM", "DOUBLE", "LUC", "1979-01-01", "1790149007111", "1")),
            Reel.Foyer(prestation, Reel.Personne("DEM", "AUTRE", "EVA", "1981-01-01", "2810149007111", natureRsa: "AAH", rolePfa: "DEM")));

        var import = (await ImporterAsync(app, fichier)).Import!;

        Assert.Equal((3, 0, 3, 3, 3), (import.Crees, import.Rejetes, import.FoyersLus, import.DossiersAvertis, import.Avertissements));
        var natures = await app.DansDepartementAsync("49", db => db.AvertissementsDossier.Where(a => a.ImportId == import.Id)
            .Select(a => new { a.Dossier!.NumDemRsa, a.Nature }).ToListAsync());
        Assert.Contains(natures, n => n.NumDemRsa == sans && n.Nature == NatureAvertissement.SansDemandeur);
        Assert.Contains(natures, n => n.NumDemRsa == deux && n.Nature == NatureAvertissement.PlusieursDemandeurs);
        Assert.Contains(natures, n => n.NumDemRsa == prestation && n.Nature == NatureAvertissement.CodeInconnu);
        Assert.Equal("DEM", await app.DansDepartementAsync("49", db => db.MembresFoyer.Where(m => m.Dossier!.NumDemRsa == prestation).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task Fichier_tronque_s_interrompt_puis_le_fichier_complet_le_reprend_sans_reecrire_les_dossiers_appliques()
    {
        var (numeros, complet, tronque) = FluxCoupe("COUPE", 4);

        var interrompu = (await ImporterAsync(app, tronque)).Import!;
        var reprise = (await ImporterAsync(app, complet, DemandeImport.Reprendre(interrompu, "complet.xml", "test"))).Import!;

        Assert.Equal((StatutImport.Interrompu, 2, 1, 3), (interrompu.Statut, interrompu.Crees, interrompu.Rejetes, interrompu.FoyersLus));
        Assert.Matches("^Ligne [0-9]+ : Le fichier est tronqué", interrompu.ErreurFichier);
        Assert.Equal((StatutImport.Termine, interrompu.Id, 2, 2, 2, 4), (reprise.Statut, reprise.RepriseDeId, reprise.Crees, reprise.Inchanges, reprise.DejaAppliques, reprise.FoyersLus));
        Assert.Equal(4, await app.DansDepartementAsync("49", db => db.Dossiers.CountAsync(d => numeros.Contains(d.NumDemRsa))));
        Assert.Equal(reprise.Id, await app.DansDepartementAsync("49", db => db.RejetsImport.Where(r => r.ImportId == interrompu.Id).Select(r => r.RejoueParImportId).SingleAsync()));
    }

    [Fact]
    public async Task Xml_mal_forme_au_foyer_5000_sur_10000_applique_les_4999_precedents_entiers_puis_la_reprise_finit_le_fichier()
    {
        var generateur = Dossiers.Cnaf.FluxCnafDeTest.Generateur(graine: 5000, premierNumero: 7_000_000);
        using var flux = new MemoryStream();
        generateur.Ecrire(flux, 10_000, Janvier);
        var texte = Dossiers.Cnaf.FluxCnafDeTest.Texte(flux.ToArray());
        var cinqMillieme = Regex.Matches(texte, "<InfosFoyerRSA>")[4_999].Index;
        var prenom = texte.IndexOf("</PRENOM>", cinqMillieme, StringComparison.Ordinal);
        var casse = Dossiers.Cnaf.FluxCnafDeTest.Octets(texte.Remove(prenom, 9).Insert(prenom, "</PRENOMS>"));

        var interrompu = (await ImporterAsync(app, casse)).Import!;

        Assert.Equal((StatutImport.Interrompu, 4_999, 1, 5_000), (interrompu.Statut, interrompu.Crees, interrompu.Rejetes, interrompu.FoyersLus));
        Assert.StartsWith($"Ligne {Dossiers.Cnaf.FluxCnafDeTest.Ligne(texte.Remove(prenom, 9).Insert(prenom, "</PRENOMS>"), "</PRENOMS>")} : ", interrompu.ErreurFichier, StringComparison.Ordinal);
        var ecrits = await app.DansDepartementAsync("49", db => db.MembresFoyer.CountAsync(m => m.Dossier!.DernierImportId == interrompu.Id));
        Assert.Equal(generateur.Foyers(4_999, Janvier).Sum(f => ((FoyerLu)ControleFoyer.Verifier(new FoyerLu(1, f), Janvier)).Foyer.Personnes.Count), ecrits);

        var reprise = (await ImporterAsync(app, flux.ToArray(), DemandeImport.Reprendre(interrompu, "corrige.xml", "test"))).Import!;

        Assert.Equal((StatutImport.Termine, 5_001, 4_999, 4_999, 10_000), (reprise.Statut, reprise.Crees, reprise.Inchanges, reprise.DejaAppliques, reprise.FoyersLus));
    }

    [Fact]
    public async Task Fichier_vide_et_bombe_xml_echouent_sans_rien_ecrire()
    {
        var avant = await CompterAsync();
        var vide = (await ImporterAsync(app, [])).Import!;
        var bombe = (await ImporterAsync(app, "<?xml version=\"1.0\"?>\n<!DOCTYPE Racine [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Racine>&b;</Racine>"u8.ToArray())).Import!;

        Assert.Equal((StatutImport.Echoue, 0), (vide.Statut, vide.FoyersLus));
        Assert.Contains("vide (0 octet)", vide.ErreurFichier, StringComparison.Ordinal);
        Assert.Equal((StatutImport.Echoue, 0), (bombe.Statut, bombe.FoyersLus));
        Assert.Contains("bombe XML", bombe.ErreurFichier, StringComparison.Ordinal);
        Assert.Equal(avant, await CompterAsync());
    }

    [Fact]
    public async Task Fichier_caf_d_un_autre_departement_est_refuse_en_entier_sans_rien_ecrire()
    {
        var avant = await CompterAsync();
        var fichier = Flux(Janvier, Foyer(NouveauNumero(), "2", Personne("LOIRE", "ATLANTIQUE", new DateOnly(1980, 4, 4))) with { Departement = "044" },
            Foyer(NouveauNumero(), "2", Personne("LOIRE", "ANJOU", new DateOnly(1980, 4, 5))) with { Departement = "049" });

        var import = (await ImporterAsync(app, fichier)).Import!;

        Assert.Equal((StatutImport.Echoue, 0), (import.Statut, import.FoyersLus));
        Assert.Contains("destiné au département 44 (IDEPARTE 044), pas au 49", import.ErreurFichier, StringComparison.Ordinal);
        Assert.Equal(avant, await CompterAsync());
    }

    [Fact]
    public async Task Fichier_msa_de_plusieurs_departements_n_applique_que_les_foyers_du_departement()
    {
        FoyerCnaf Msa(string numero, string departement, string prenom) =>
            Foyer(numero, "2", Personne("MSA", prenom, new DateOnly(1960, 3, 3))) with
            {
                Departement = departement,
                Organisme = new OrganismeCnaf("MSA", "491", "1"),
            };
        var (autre, notre) = (NouveauNumero(), NouveauNumero());
        var import = (await ImporterAsync(app, Flux(Janvier, Msa(autre, "053", "MAYENNE"), Msa(notre, "049", "ANJOU"), Msa(NouveauNumero(), "072", "SARTHE")))).Import!;

        Assert.Equal((StatutImport.Termine, 1, 2, 3), (import.Statut, import.Crees, import.HorsDepartement, import.FoyersLus));
        Assert.False(await app.DansDepartementAsync("49", db => db.Dossiers.AnyAsync(d => d.NumDemRsa == autre)));
    }

    [Fact]
    public async Task Avertissements_d_un_dossier_resolus_par_un_flux_suivant_et_gardes_quand_il_est_inchange()
    {
        var numero = NouveauNumero();
        var sansNir = Personne("RESOLU", "IRIS", new DateOnly(1983, 3, 3), nir: "0000000000000");
        var premier = (await ImporterAsync(app, Flux(Janvier, Foyer(numero, "2", sansNir)))).Import!;
        var identique = (await ImporterAsync(app, Flux(Janvier, Foyer(numero, "2", sansNir)), new DemandeImport(TypeImport.Cnaf, "bis.xml", "test", Forcer: true))).Import!;
        Assert.Equal(1, identique.Inchanges);
        Assert.Equal(StatutAvertissement.Ouvert, (await AvertissementsAsync(numero)).Single().Statut);

        var corrige = (await ImporterAsync(app, Flux(Fevrier, Foyer(numero, "2", sansNir with { Nir = "2830349007123" })))).Import!;

        var apres = await AvertissementsAsync(numero);
        var resolu = Assert.Single(apres);
        Assert.Equal((premier.Id, StatutAvertissement.Resolu, corrige.Id), (resolu.ImportId, resolu.Statut, resolu.ResoluParImportId));
        Assert.Equal("Résolu par le flux du 28/02/2026", resolu.Commentaire);
    }

    [Fact]
    public async Task Etat_inconnu_garde_l_etat_connu_ou_z_et_droits_et_devoirs_non_transmis_garde_l_indicateur_connu()
    {
        var (connu, nouveau) = (NouveauNumero(), NouveauNumero());
        var personne = Personne("REPLI", "OSCAR", new DateOnly(1977, 7, 7));
        await ImporterAsync(app, Flux(Janvier, Foyer(connu, "2", personne)));

        var import = (await ImporterAsync(app, Flux(Fevrier, Foyer(connu, "9", personne with { SddTransmis = false, SoumisDroitsDevoirs = false }),
            Foyer(nouveau, "9", Personne("REPLI", "NOUVEAU", new DateOnly(1978, 8, 8)))))).Import!;

        Assert.Equal((1, 1, 0), (import.MisAJour, import.Crees, import.Rejetes));
        var etats = await app.DansDepartementAsync("49", db => db.Dossiers.Where(d => d.NumDemRsa == connu || d.NumDemRsa == nouveau)
            .ToDictionaryAsync(d => d.NumDemRsa, d => d.EtatDroit));
        Assert.Equal((EtatsDroit.OuvertVersable, EtatsDroit.NonDefini), (etats[connu], etats[nouveau]));
        Assert.True(await app.DansDepartementAsync("49", db => db.MembresFoyer.Where(m => m.Dossier!.NumDemRsa == connu).Select(m => m.SoumisDroitsDevoirs).SingleAsync()));
        var natures = (await AvertissementsAsync(connu)).Where(a => a.Statut == StatutAvertissement.Ouvert).Select(a => a.Nature).Order();
        Assert.Equal([NatureAvertissement.CodeInconnu, NatureAvertissement.SddNonTransmis], natures);
    }

    private Task<List<AvertissementDossier>> AvertissementsAsync(string numero) =>
        app.DansDepartementAsync("49", db => db.AvertissementsDossier.Where(a => a.Dossier!.NumDemRsa == numero).OrderBy(a => a.Id).ToListAsync());

    private Task<(int, int, int)> CompterAsync() => app.DansDepartementAsync("49", async db =>
        (await db.Dossiers.CountAsync(), await db.Personnes.CountAsync(), await db.AvertissementsDossier.CountAsync()));
}
