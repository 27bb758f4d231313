#!/usr/bin/python3
"""Parse SQL for one engine with sqlglot and describe every statement as JSON.

usage: /usr/bin/python3 test/sql/parse-sql.py DIALECT < file.sql
       /usr/bin/python3 test/sql/parse-sql.py DIALECT --files < files.json

DIALECT is a sqlglot dialect name: spark, bigquery, trino, snowflake, duckdb or postgres.
On success prints {"statements": n, "kinds": [...], "shapes": [...]}: the expression class
of each statement, and for each what a test can hold it to (the name a CREATE, DROP or
INSERT names, a table's columns, a view's output columns, the rows and row width of an
INSERT, the tables a statement reads, and the functions sqlglot does not know). On
failure prints `line L, col C: message` on stderr and exits 1; a usage error exits 2, a
crash 3. With --files, stdin is a JSON array of {"name", "text"} and the answer is
{"files": [{"name", …the above…} or {"name", "error"}]}, one process for many files.

Written for Debian's python3-sqlglot 10.6.3 (/usr/bin/python3). sqlglot parses leniently,
so a parse alone would pass text no engine runs: it drops a doubled or trailing comma, an
empty `ON`, `GROUP BY` or `PARTITION BY`, and an `AS` without its name; reads `WHEN a 1` as
`WHEN a THEN 1` and `VALUES (1) (2)` as a row with an alias; takes `SELECT FROM t`, a lost
function name as a row value `(a, b)`, and `x.col` where no `x` is in scope; and turns a
statement it cannot parse into an opaque Command. Each of those is rejected here, and so
are rows of data that hold anything but literals. It does not know which functions or
types an engine has (it parses any call): the test holds the calls it does not know, and
the types of the tables, to lists per engine. Two gaps of 10.6 in valid syntax are filled:
DuckDB's integer division `a // b` and PostgreSQL's `div(a, b)`.
"""

from __future__ import annotations

import json
import re
import sys
import typing as t

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.dialects.duckdb import DuckDB
from sqlglot.dialects.postgres import Postgres
from sqlglot.errors import ErrorLevel, ParseError, SqlglotError
from sqlglot.helper import seq_get
from sqlglot.optimizer.scope import Scope, traverse_scope
from sqlglot.tokens import Token, TokenType

DIALECTS = ("spark", "bigquery", "trino", "snowflake", "duckdb", "postgres")


class DuckDBChecked(DuckDB):
    """DuckDB, with its `//` (integer division, DuckDB 0.8 on) that sqlglot 10.6 lacks."""

    class Tokenizer(DuckDB.Tokenizer):
        KEYWORDS = {**DuckDB.Tokenizer.KEYWORDS, "//": TokenType.DIV}


class PostgresChecked(Postgres):
    """PostgreSQL, whose `div(y, x)` is a function, not the infix `DIV` of Hive and MySQL."""

    class Tokenizer(Postgres.Tokenizer):
        KEYWORDS = {k: v for k, v in Postgres.Tokenizer.KEYWORDS.items() if k != "DIV"}

    class Parser(Postgres.Parser):
        FUNCTIONS = {
            **Postgres.Parser.FUNCTIONS,
            "DIV": lambda args: exp.IntDiv(this=seq_get(args, 0), expression=seq_get(args, 1)),
        }


def without_materialization_hints(tokens: t.List[Token]) -> t.List[Token]:
    """Drops `NOT MATERIALIZED` after a CTE's `AS` (DuckDB 0.9 on, PostgreSQL 12 on), which sqlglot 10.6 lacks."""
    out: t.List[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        out.append(token)
        if (
            token.token_type == TokenType.ALIAS
            and i + 3 < len(tokens)
            and tokens[i + 1].token_type == TokenType.NOT
            and tokens[i + 2].text.upper() == "MATERIALIZED"
            and tokens[i + 3].token_type == TokenType.L_PAREN
        ):
            i += 3
            continue
        i += 1
    return out


class Failure(Exception):
    """Text the checker rejects, at a 1-based line and column."""

    def __init__(self, line: int, col: int, message: str):
        super().__init__(f"line {line}, col {col}: {message}")


def dialect_of(name: str) -> Dialect:
    """The sqlglot dialect of a name, with the two gaps above filled."""
    if name == "duckdb":
        return DuckDBChecked()
    if name == "postgres":
        return PostgresChecked()
    return Dialect.get_or_raise(name)()


# A token after which an operand must follow, and the tokens that cannot be that operand.
NEEDS_OPERAND = {
    TokenType.COMMA, TokenType.WHERE, TokenType.ON, TokenType.AND, TokenType.OR,
    TokenType.GROUP_BY, TokenType.ORDER_BY, TokenType.PARTITION_BY, TokenType.HAVING,
    TokenType.SELECT, TokenType.FROM, TokenType.JOIN, TokenType.VALUES, TokenType.THEN,
    TokenType.ELSE, TokenType.WHEN, TokenType.ALIAS,
}
NOT_AN_OPERAND = {
    TokenType.COMMA, TokenType.R_PAREN, TokenType.SEMICOLON, TokenType.FROM, TokenType.WHERE,
    TokenType.GROUP_BY, TokenType.ORDER_BY, TokenType.HAVING, TokenType.QUALIFY,
    TokenType.LIMIT, TokenType.JOIN, TokenType.LEFT, TokenType.RIGHT, TokenType.FULL,
    TokenType.INNER, TokenType.CROSS, TokenType.UNION, TokenType.ON, TokenType.THEN,
    TokenType.ELSE, TokenType.END, TokenType.WHEN, TokenType.AND, TokenType.OR,
}


def check_tokens(tokens: t.List[Token]) -> None:
    """Rejects the token sequences sqlglot's parser skips over silently."""
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.token_type in NEEDS_OPERAND and (after is None or after.token_type in NOT_AN_OPERAND):
            found = "the end of the text" if after is None else f"`{after.text}`"
            raise Failure(token.line, token.col, f"`{token.text}` is followed by {found}")
        if token.token_type == TokenType.L_PAREN and after is not None and after.token_type == TokenType.COMMA:
            raise Failure(after.line, after.col, "`(` is followed by `,`")
    check_cases(tokens)


def check_cases(tokens: t.List[Token]) -> None:
    """Every WHEN of a CASE has its THEN (sqlglot 10.6 reads `WHEN a 1` as `WHEN a THEN 1`)."""
    awaiting_then: t.List[bool] = []  # one entry per open CASE
    for token in tokens:
        kind = token.token_type
        if kind == TokenType.CASE:
            awaiting_then.append(False)
        elif not awaiting_then:
            continue
        elif kind == TokenType.THEN and not awaiting_then[-1]:
            raise Failure(token.line, token.col, "`THEN` without its `WHEN`")
        elif kind in (TokenType.WHEN, TokenType.ELSE, TokenType.END) and awaiting_then[-1]:
            raise Failure(token.line, token.col, f"`{token.text}` where the `THEN` of a `WHEN` belongs")
        elif kind == TokenType.WHEN or kind == TokenType.THEN:
            awaiting_then[-1] = kind == TokenType.WHEN
        elif kind == TokenType.END:
            awaiting_then.pop()


def statement_tokens(tokens: t.List[Token]) -> t.List[t.List[Token]]:
    """The tokens of each statement, as the parser splits them at `;`."""
    statements: t.List[t.List[Token]] = [[]]
    for token in tokens:
        if token.token_type != TokenType.SEMICOLON:
            statements[-1].append(token)
        elif not statements[-1]:
            raise Failure(token.line, token.col, "an empty statement")
        else:
            statements.append([])
    return [statement for statement in statements if statement]


def types_as_written(tokens: t.List[Token]) -> t.List[str]:
    """The column types of `CREATE TABLE name (column TYPE, …)` as spelt (sqlglot normalizes its own)."""
    start = next(i for i, token in enumerate(tokens) if token.token_type == TokenType.L_PAREN)
    types: t.List[str] = []
    words: t.List[str] = []
    depth = 0
    for token in tokens[start + 1:]:
        kind = token.token_type
        if depth == 0 and kind in (TokenType.COMMA, TokenType.R_PAREN):
            types.append(" ".join(words[1:]).replace(" (", "(").replace("( ", "(").replace(" )", ")").replace(" ,", ","))
            words = []
            if kind == TokenType.R_PAREN:
                break
            continue
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(kind, 0)
        words.append(token.text.upper())
    return types


def table_name(node: t.Optional[exp.Expression]) -> t.Optional[str]:
    """`db.name` of a table (or of the table a column list belongs to), as written."""
    if isinstance(node, exp.Schema):
        node = node.this
    if not isinstance(node, exp.Table):
        return None
    return ".".join(part for part in (node.text("catalog"), node.text("db"), node.name) if part)


def is_constant(cell: exp.Expression) -> bool:
    """A literal, NULL, TRUE/FALSE, or a negated number: what a row of data may hold."""
    if isinstance(cell, exp.Neg):
        cell = cell.this
        return isinstance(cell, exp.Literal) and not cell.is_string
    return isinstance(cell, (exp.Literal, exp.Null, exp.Boolean))


def check_qualifiers(statement: exp.Expression, here: t.Tuple[int, int]) -> None:
    """Every `x.column` names a table or alias in the FROM of its query or of one around it."""
    query = statement.expression if isinstance(statement, (exp.Create, exp.Insert)) else statement
    if not isinstance(query, exp.Subqueryable):
        return
    for scope in traverse_scope(query):
        visible: t.Set[str] = set()
        outer: t.Optional[Scope] = scope
        while outer is not None:
            visible.update(outer.selected_sources)
            outer = outer.parent
        for column in scope.columns:
            if column.table and column.table not in visible:
                raise Failure(*here, f"`{column.sql()}` names `{column.table}`, which no FROM or JOIN around it has")


def shape(statement: exp.Expression, tokens: t.List[Token]) -> t.Dict[str, t.Any]:
    """What a test can hold one statement to; raises Failure where sqlglot was too lenient."""
    here = (tokens[0].line, tokens[0].col)
    if isinstance(statement, exp.Command):
        raise Failure(*here, f"sqlglot cannot parse this statement (`{statement.sql()[:60]}`)")
    result: t.Dict[str, t.Any] = {"kind": type(statement).__name__}
    target: t.Optional[exp.Expression] = None
    if isinstance(statement, exp.Create):
        target = statement.this
        result["create"] = str(statement.args.get("kind") or "").upper()
        result["name"] = table_name(target)
        if result["create"] == "TABLE":
            if not isinstance(target, exp.Schema) or not target.expressions:
                raise Failure(*here, f"table `{result['name']}` has no columns")
            for column in target.expressions:
                if not isinstance(column, exp.ColumnDef) or column.args.get("kind") is None:
                    raise Failure(*here, f"column `{column.name}` of `{result['name']}` has no type")
            result["columns"] = [column.name for column in target.expressions]
            result["types"] = types_as_written(tokens)
        elif result["create"] == "VIEW":
            query = statement.expression
            if query is None:
                raise Failure(*here, f"view `{result['name']}` has no query")
            result["selects"] = list(query.named_selects)
    elif isinstance(statement, exp.Insert):
        target = statement.this
        result["name"] = table_name(target)
        if isinstance(target, exp.Schema):
            result["columns"] = [column.name for column in target.expressions]
        values = statement.expression
        if isinstance(values, exp.Values):
            if values.args.get("alias") is not None:
                raise Failure(*here, "VALUES rows with an alias (a missing comma between rows?)")
            widths = sorted({len(row.expressions) for row in values.expressions})
            if len(widths) != 1 or widths[0] == 0:
                raise Failure(*here, f"VALUES rows of {' and '.join(map(str, widths)) or 'no'} values")
            for number, row in enumerate(values.expressions, 1):
                for cell in row.expressions:
                    if not is_constant(cell):
                        raise Failure(*here, f"row {number} holds `{cell.sql()}`, which is not a literal")
            # Rows of constants read no table and call nothing: skip walking thousands of cells.
            return {**result, "rows": len(values.expressions), "width": widths[0], "reads": [], "functions": []}
    elif isinstance(statement, exp.Drop):
        result["drop"] = str(statement.args.get("kind") or "").upper()
        target = statement.this
        result["name"] = table_name(target)
    for select in statement.find_all(exp.Select):
        if not select.expressions:
            raise Failure(*here, "a SELECT without columns")
    for row in statement.find_all(exp.Tuple):
        # slac writes no row values; outside VALUES, `(a, b)` is a lost function name or comma.
        if not isinstance(row.parent, exp.Values):
            raise Failure(*here, f"a parenthesized list `{row.sql()[:60]}` outside VALUES")
    check_qualifiers(statement, here)
    ctes = {cte.alias for cte in statement.find_all(exp.CTE)}
    read = set()
    for table in statement.find_all(exp.Table):
        name = table_name(table)
        if table is not target and (target is None or table is not target.this) and name not in ctes:
            read.add(name)
    result["reads"] = sorted(read)
    result["functions"] = sorted({call.name for call in statement.find_all(exp.Anonymous)})
    return result


def crashing_statement(dialect: Dialect, chunks: t.List[t.List[Token]]) -> t.Optional[Token]:
    """The first token of the first statement that sqlglot's parser fails on by itself."""
    for chunk in chunks:
        try:
            dialect.parser(error_level=ErrorLevel.RAISE).parse(chunk)
        except Exception:
            return chunk[0]
    return None


def position(error: Exception, sql: str) -> t.Tuple[int, int, str]:
    """Line, column and message of sqlglot's error; its tokenizer says `from LINE:OFFSET`."""
    if isinstance(error, ParseError) and error.errors:
        first = error.errors[0]
        return first.get("line") or 0, first.get("col") or 0, first.get("description") or str(error)
    text = str(error).splitlines()[0]
    match = re.search(r"from (\d+):(\d+)", text)
    if match is None:
        return 0, 0, text
    offset = int(match.group(2))
    return int(match.group(1)), offset - sql.rfind("\n", 0, offset), text


def check(sql: str, name: str) -> t.Dict[str, t.Any]:
    """Parses every statement of `sql` for dialect `name`; raises Failure on the first problem."""
    dialect = dialect_of(name)
    try:
        tokens = dialect.tokenizer.tokenize(sql)
    except (SqlglotError, RuntimeError) as error:
        raise Failure(*position(error, sql)) from error
    except IndexError as error:  # 10.6's tokenizer, on a string still open at the end
        raise Failure(sql.count("\n") + 1, len(sql) - sql.rfind("\n"), "the text ends inside a string or quoted name") from error
    if name in ("duckdb", "postgres"):
        tokens = without_materialization_hints(tokens)
    check_tokens(tokens)
    chunks = statement_tokens(tokens)
    try:
        statements = dialect.parser(error_level=ErrorLevel.RAISE).parse(tokens, sql)
    except SqlglotError as error:
        raise Failure(*position(error, sql)) from error
    except Exception as error:  # 10.6's parser can crash on broken text: name the statement
        start = crashing_statement(dialect, chunks) or tokens[0]
        raise Failure(start.line, start.col, f"sqlglot fails on this statement ({type(error).__name__}: {error})") from error
    if len(statements) != len(chunks) or any(statement is None for statement in statements):
        raise Failure(1, 1, f"{len(statements)} statements parsed, {len(chunks)} begun")
    shapes = [shape(statement, chunk) for statement, chunk in zip(statements, chunks)]
    return {"statements": len(shapes), "kinds": [s["kind"] for s in shapes], "shapes": shapes}


def check_files(files: t.Any, name: str) -> t.Dict[str, t.Any]:
    """`--files`: each of [{"name", "text"}, …] checked on its own, in one process."""
    results = []
    for file in files:
        try:
            results.append({"name": file["name"], **check(file["text"], name)})
        except Failure as failure:
            results.append({"name": file["name"], "error": str(failure)})
    return {"files": results}


def main(argv: t.List[str]) -> int:
    files = argv[2:] == ["--files"]
    if len(argv) not in (2, 3) or argv[1] not in DIALECTS or (len(argv) == 3 and not files):
        print(f"usage: parse-sql.py {{{','.join(DIALECTS)}}} [--files] < input", file=sys.stderr)
        return 2
    try:
        text = sys.stdin.read()
        result = check_files(json.loads(text), argv[1]) if files else check(text, argv[1])
    except Failure as failure:
        print(failure, file=sys.stderr)
        return 1
    except Exception as error:  # a bug of this script or of sqlglot, not of the SQL
        print(f"parse-sql.py failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 3
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
