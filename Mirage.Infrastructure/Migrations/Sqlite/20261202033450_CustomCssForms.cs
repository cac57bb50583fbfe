using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mirage.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomCssForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "custom_css_scoped",
                table: "users",
                type: "TEXT",
                maxLength: 65536,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The code before this migration served custom_css as the scoped form; give it that form back.
            // (Up needs no data step: CustomCssBackfill gives existing CSS both forms at start-up.)
            migrationBuilder.Sql("UPDATE users SET custom_css = custom_css_scoped WHERE custom_css_scoped IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "custom_css_scoped",
                table: "users");
        }
    }
}
