namespace Ward.Security.Access;

/// <summary>Names and sets of the defined <see cref="Permission"/> bits.</summary>
internal static class PermissionCatalog
{
    private static readonly Permission[] Defined = [.. Enum.GetValues<Permission>()
        .Where(p => p != Permission.None)
        .Order()];

    // Enum.TryParse also accepts numbers and comma lists; a role file may only name single bits.
    private static readonly Dictionary<string, Permission> ByName =
        Defined.ToDictionary(p => p.ToString(), StringComparer.Ordinal);

    /// <summary>Every defined bit.</summary>
    public static Permission All { get; } =
        Defined.Aggregate(Permission.None, (all, p) => all | p);

    /// <summary>Looks up one permission by its exact name; <c>None</c> is not a grant.</summary>
    public static bool TryParse(string name, out Permission permission) =>
        ByName.TryGetValue(name, out permission);

    /// <summary>The names of the bits in <paramref name="permissions"/>, in enum order.</summary>
    public static IReadOnlyList<string> Names(Permission permissions)
    {
        var names = Defined.Where(p => permissions.HasFlag(p)).Select(p => p.ToString()).ToList();
        var undefined = permissions & ~All;
        if (undefined != Permission.None)
        {
            names.Add($"undefined 0x{(long)undefined:X}");
        }

        return names;
    }
}
