using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Passerelle.Web.Data;

/// <summary>A column as the EF model maps it: its name, its store type mapping and its value as the provider stores it.</summary>
internal sealed record ColonneEnsembliste(string Nom, RelationalTypeMapping Correspondance, Func<object, object?> Lire);

/// <summary>A link of a new row to another entity: through a navigation, the foreign key takes the other side's key.</summary>
internal sealed record LienEnsembliste(Func<object, object?> Autre, bool Collection, bool VersEnfants, Action<object, object>[] Ecrire, Func<object, object?>[] LireCle, bool CleGeneree)
{
    public IEnumerable<object> Entites(object entite) => Autre(entite) switch
    {
        null => [],
        System.Collections.IEnumerable liste when Collection => liste.Cast<object>(),
        var autre => [autre],
    };
}

/// <summary>
/// How one entity type is written outside the change tracker, read from the EF model once: table and
/// columns, the generated key, the links carried by navigations (to fix foreign keys up) and every
/// navigation (to find the new entities reachable from the ones added). Only the plain shapes the
/// application uses are supported (one table, one integer key, no shadow or store-generated property);
/// anything else is refused with <see cref="EcritureEnsemblisteImpossibleException"/>, and the caller takes its slower path.
/// </summary>
internal sealed class TableEnsembliste
{
    private TableEnsembliste(IEntityType type)
    {
        Type = type;
        Nom = type.GetTableName() ?? throw NonPrisEnCharge(type, "sans table");
        var table = StoreObjectIdentifier.Table(Nom, type.GetSchema());
        var cle = type.FindPrimaryKey() is { Properties: [var propriete] } ? propriete : throw NonPrisEnCharge(type, "clé composée ou absente");
        CleGeneree = cle.ValueGenerated == ValueGenerated.OnAdd && (cle.ClrType == typeof(int) || cle.ClrType == typeof(long));
        NomCle = cle.GetColumnName(table)!;
        LireCle = Lecteur(cle);
        EcrireCle = Ecrivain(cle);
        var proprietes = type.GetProperties().ToList();
        if (proprietes.Any(p => p.IsShadowProperty() || p != cle && p.ValueGenerated != ValueGenerated.Never))
            throw NonPrisEnCharge(type, "propriété fantôme ou calculée par la base");
        Colonnes = proprietes.Select(p => Colonne(p, table)).ToList();
        Principaux = type.GetForeignKeys().Select(fk => fk.PrincipalEntityType).Where(t => t != type).Distinct().ToList();
        Liens = type.GetNavigations().Select(Lien).ToList();
    }

    public IEntityType Type { get; }
    public string Nom { get; }
    public string NomCle { get; }
    /// <summary>An integer key the database generates: a new row has none yet, the writer gives it one.</summary>
    public bool CleGeneree { get; }
    public Func<object, object?> LireCle { get; }
    public Action<object, object> EcrireCle { get; }
    public IReadOnlyList<ColonneEnsembliste> Colonnes { get; }
    /// <summary>The entity types this one's foreign keys point to: their rows are written first.</summary>
    public IReadOnlyList<IEntityType> Principaux { get; }
    /// <summary>Every navigation: the writer follows them to find the new entities reachable from the ones added.</summary>
    public IReadOnlyList<LienEnsembliste> Liens { get; }

    public static TableEnsembliste Lire(IEntityType type) => new(type);

    /// <summary>True for an entity of this type that the database has not given a key yet.</summary>
    public bool EstNouvelle(object entite) => CleGeneree && Convert.ToInt64(LireCle(entite), System.Globalization.CultureInfo.InvariantCulture) == 0;

    /// <summary>Before writing a row: each foreign key carried by a navigation takes the key of the entity it points to.</summary>
    public void RattacherAuxParents(object entite)
    {
        foreach (var lien in Liens.Where(l => !l.VersEnfants))
            foreach (var parent in lien.Entites(entite)) Copier(lien, parent, entite);
    }

    /// <summary>After writing a row: the children in its collections (written later) take its new key.</summary>
    public void PropagerAuxEnfants(object entite)
    {
        foreach (var lien in Liens.Where(l => l.VersEnfants))
            foreach (var enfant in lien.Entites(entite)) Copier(lien, entite, enfant);
    }

    private static void Copier(LienEnsembliste lien, object parent, object enfant)
    {
        for (var i = 0; i < lien.Ecrire.Length; i++)
        {
            var cle = lien.LireCle[i](parent)!;
            if (lien.CleGeneree && Convert.ToInt64(cle, System.Globalization.CultureInfo.InvariantCulture) == 0)
                throw new EcritureEnsemblisteImpossibleException("Une ligne pointe vers une entité que la base n'a pas encore enregistrée.");
            lien.Ecrire[i](enfant, cle);
        }
    }

    private LienEnsembliste Lien(INavigation navigation)
    {
        var fk = navigation.ForeignKey;
        return new LienEnsembliste(Lecteur(navigation), navigation.IsCollection, !navigation.IsOnDependent,
            fk.Properties.Select(Ecrivain).ToArray(), fk.PrincipalKey.Properties.Select(Lecteur).ToArray(),
            fk.PrincipalKey.Properties is [{ ValueGenerated: ValueGenerated.OnAdd }]);
    }

    private static ColonneEnsembliste Colonne(IProperty propriete, StoreObjectIdentifier table)
    {
        var correspondance = propriete.GetRelationalTypeMapping();
        var lire = Lecteur(propriete);
        var conversion = correspondance.Converter;
        return new ColonneEnsembliste(propriete.GetColumnName(table)!, correspondance,
            conversion is null ? lire : o => lire(o) is { } valeur ? conversion.ConvertToProvider(valeur) : null);
    }

    private static Func<object, object?> Lecteur(IPropertyBase membre)
    {
        var o = Expression.Parameter(typeof(object));
        var acces = Expression.MakeMemberAccess(Expression.Convert(o, membre.DeclaringType.ClrType), Membre(membre));
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(acces, typeof(object)), o).Compile();
    }

    private static Action<object, object> Ecrivain(IPropertyBase membre)
    {
        var (o, valeur) = (Expression.Parameter(typeof(object)), Expression.Parameter(typeof(object)));
        var cible = Expression.MakeMemberAccess(Expression.Convert(o, membre.DeclaringType.ClrType), Membre(membre));
        // Keys arrive as long (SQLite rowid) or int: converted to the member's own type, nullable or not.
        var type = Nullable.GetUnderlyingType(membre.ClrType) ?? membre.ClrType;
        var converti = Expression.Call(typeof(Convert), nameof(Convert.ChangeType), null, valeur, Expression.Constant(type, typeof(Type)));
        var affectation = Expression.Assign(cible, Expression.Convert(Expression.Convert(converti, type), membre.ClrType));
        return Expression.Lambda<Action<object, object>>(affectation, o, valeur).Compile();
    }

    private static MemberInfo Membre(IPropertyBase membre) =>
        (MemberInfo?)membre.PropertyInfo ?? membre.FieldInfo ?? throw NonPrisEnCharge((IEntityType)membre.DeclaringType, "membre sans propriété");

    private static EcritureEnsemblisteImpossibleException NonPrisEnCharge(IEntityType type, string raison) =>
        new($"Écriture ensembliste impossible pour {type.DisplayName()} : {raison}.");
}

/// <summary>The bulk writer cannot write this set: the caller rolls it back and takes its per-entity path.</summary>
public sealed class EcritureEnsemblisteImpossibleException(string message) : Exception(message);
