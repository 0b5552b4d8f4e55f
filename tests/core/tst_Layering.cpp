// The layers of ARCHITECTURE §2: core never includes a QtGui or QtWidgets header, and ui and app
// never run SQL themselves (no QSqlQuery, QSqlDatabase or SQL item model outside core).

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(PARTNERDESK_SOURCE_DIR);

const QStringList SourceSuffixes{u"h"_s, u"hpp"_s, u"cpp"_s, u"cxx"_s, u"cc"_s, u"inl"_s};

// Headers that belong to QtGui or QtWidgets, as core must not name them.
bool isGuiHeader(const QString& header)
{
    static const QStringList exact{
        u"QtWidgets"_s, u"QtGui"_s,       u"QWidget"_s, u"QApplication"_s,     u"QGuiApplication"_s,
        u"QPixmap"_s,   u"QIcon"_s,       u"QColor"_s,  u"QImage"_s,           u"QFont"_s,
        u"QPainter"_s,  u"QMessageBox"_s, u"QDialog"_s, u"QDesktopServices"_s, u"QClipboard"_s,
    };
    return header.startsWith(u"QtWidgets/"_s) || header.startsWith(u"QtGui/"_s) || exact.contains(header);
}

// The header an #include line names, or an empty string for any other line.
QString includedHeader(const QString& line)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s);
    const QRegularExpressionMatch match = include.match(line);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

bool mentionsSql(const QString& line)
{
    // The classes that run SQL: connections, queries, and the SQL-backed item models.
    static const QRegularExpression sql(u"\\bQSql(Query|Database|\\w*Model)\\b"_s);
    return sql.match(line).hasMatch();
}

QStringList sourceFiles(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (SourceSuffixes.contains(QFileInfo(path).suffix())) {
            files << path;
        }
    }
    files.sort();
    return files;
}

// "file:line: text" for every line of files that matches.
template <typename Predicate>
QStringList offendingLines(const QStringList& files, Predicate offends)
{
    QStringList found;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found << path + u": could not be read"_s;
            continue;
        }
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (offends(line)) {
                found << u"%1:%2: %3"_s.arg(QDir(SourceDir).relativeFilePath(path)).arg(number).arg(line);
            }
        }
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void detectsGuiIncludes_data();
    void detectsGuiIncludes();
    void coreIncludesNoGuiHeaders();
    void uiAndAppRunNoSql();
};

void TestLayering::detectsGuiIncludes_data()
{
    // The checks themselves, so a broken pattern can't pass everything.
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("gui");
    QTest::newRow("module path widgets") << u"#include <QtWidgets/QLineEdit>"_s << true;
    QTest::newRow("module path gui") << u"#include <QtGui/qcolor.h>"_s << true;
    QTest::newRow("whole module") << u"#include <QtWidgets>"_s << true;
    QTest::newRow("QWidget") << u"#include <QWidget>"_s << true;
    QTest::newRow("QApplication") << u"#include <QApplication>"_s << true;
    QTest::newRow("QGuiApplication") << u"#include <QGuiApplication>"_s << true;
    QTest::newRow("QPixmap") << u"#include <QPixmap>"_s << true;
    QTest::newRow("QIcon") << u"#include <QIcon>"_s << true;
    QTest::newRow("QColor spaced") << u"  #  include   <QColor>"_s << true;
    QTest::newRow("QImage") << u"#include <QImage>"_s << true;
    QTest::newRow("QFont quoted") << u"#include \"QFont\""_s << true;
    QTest::newRow("QPainter") << u"#include <QPainter>"_s << true;
    QTest::newRow("QMessageBox") << u"#include <QMessageBox>"_s << true;
    QTest::newRow("QDialog") << u"#include <QDialog>"_s << true;
    QTest::newRow("QDesktopServices") << u"#include <QDesktopServices>"_s << true;
    QTest::newRow("QClipboard") << u"#include <QClipboard>"_s << true;
    QTest::newRow("QtCore") << u"#include <QString>"_s << false;
    QTest::newRow("QtSql") << u"#include <QSqlDatabase>"_s << false;
    QTest::newRow("own header") << u"#include \"storage/Database.h\""_s << false;
    QTest::newRow("QFontless is not QFont") << u"#include <QFontless>"_s << false;
    QTest::newRow("comment") << u"// #include <QWidget> would be wrong here"_s << false;
}

void TestLayering::detectsGuiIncludes()
{
    QFETCH(QString, line);
    QFETCH(bool, gui);
    QCOMPARE(isGuiHeader(includedHeader(line)), gui);
    QVERIFY(mentionsSql(u"QSqlQuery query(db);"_s));
    QVERIFY(mentionsSql(u"#include <QSqlDatabase>"_s));
    QVERIFY(mentionsSql(u"auto* model = new QSqlQueryModel(this);"_s));
    QVERIFY(!mentionsSql(u"MySqlQueryHelper and QSqlQueryish are other names"_s));
}

void TestLayering::coreIncludesNoGuiHeaders()
{
    const QStringList files = sourceFiles(SourceDir + u"/core"_s);
    // The scan really looked at core (its services, stores and rules), not at an empty folder.
    QVERIFY2(files.size() >= 20, qPrintable(u"only %1 files under core"_s.arg(files.size())));
    QVERIFY(files.contains(SourceDir + u"/core/storage/Database.cpp"_s));
    const QStringList offending
        = offendingLines(files, [](const QString& line) { return isGuiHeader(includedHeader(line)); });
    QVERIFY2(offending.isEmpty(), qPrintable(u"core includes QtGui/QtWidgets headers:\n"_s + offending.join(u'\n')));
}

void TestLayering::uiAndAppRunNoSql()
{
    QStringList files = sourceFiles(SourceDir + u"/ui"_s);
    files << sourceFiles(SourceDir + u"/app"_s);
    QVERIFY2(!files.isEmpty(), "no sources found under ui/ and app/");
    QVERIFY(files.contains(SourceDir + u"/app/main.cpp"_s));
    const QStringList offending = offendingLines(files, mentionsSql);
    QVERIFY2(offending.isEmpty(), qPrintable(u"ui/app must call core services, not SQL:\n"_s + offending.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_Layering.moc"
