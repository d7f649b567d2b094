#include "ui/dialogs/print_map_dialog.h"

#include "gis/print/print_sheet.h"
#include "gis/render/render_layer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas::ui {

PrintMapDialog::PrintMapDialog(const core::AtlasDocument& doc, const QString& atlasPath, const core::Extent& view,
                               const QString& crs, QWidget* parent)
    : QDialog(parent), m_doc(doc), m_atlasPath(atlasPath), m_view(view), m_crs(crs),
      m_title(new QLineEdit(doc.title, this)), m_subtitle(new QLineEdit(this)), m_attribution(new QLineEdit(this)),
      m_paper(new QComboBox(this)), m_orientation(new QComboBox(this)), m_format(new QComboBox(this)),
      m_legend(new QCheckBox(this)), m_inset(new QCheckBox(this)), m_northArrow(new QCheckBox(this)),
      m_scaleBar(new QCheckBox(this)), m_output(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("PrintMapDialog"));
    m_pool.setMaxThreadCount(1);
    m_paper->addItem(QStringLiteral("A4"), int(gis::PaperSize::A4));
    m_paper->addItem(QStringLiteral("A3"), int(gis::PaperSize::A3));
    m_orientation->addItems({QString(), QString()});
    m_format->addItems({QString(), QString()});
    for (QCheckBox* box : {m_legend, m_northArrow, m_scaleBar})
        box->setChecked(true);
    const QFileInfo atlas(atlasPath);
    m_output->setText(atlas.absolutePath() + QLatin1Char('/') + atlas.completeBaseName() + QStringLiteral(".pdf"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    const auto row = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    row(m_title);
    row(m_subtitle);
    row(m_attribution);
    row(m_paper);
    row(m_orientation);
    row(m_format);
    for (QCheckBox* box : {m_legend, m_scaleBar, m_northArrow, m_inset})
        form->addRow(box);
    auto* fileBox = new QWidget(this);
    auto* fileRow = new QHBoxLayout(fileBox);
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_output, 1);
    fileRow->addWidget(m_browse);
    row(fileBox);

    m_print = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_print->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &PrintMapDialog::chooseFile);
    connect(m_print, &QPushButton::clicked, this, &PrintMapDialog::startPrint);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PrintMapDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &PrintMapDialog::formatChanged);
    connect(&m_watcher, &QFutureWatcher<PrintOutcome>::finished, this, &PrintMapDialog::onFinished);
    retranslate();
}

PrintMapDialog::~PrintMapDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

gis::PrintOptions PrintMapDialog::options() const
{
    gis::PrintOptions o;
    o.paper = gis::PaperSize(m_paper->currentData().toInt());
    o.orientation = m_orientation->currentIndex() == 0 ? gis::PaperOrientation::Landscape
                                                       : gis::PaperOrientation::Portrait;
    o.title = m_title->text().trimmed();
    o.subtitle = m_subtitle->text().trimmed();
    o.attribution = m_attribution->text().trimmed();
    o.crs = m_crs;
    o.extent = m_view;
    o.legend = m_legend->isChecked();
    o.inset = m_inset->isChecked();
    o.northArrow = m_northArrow->isChecked();
    o.scaleBar = m_scaleBar->isChecked();
    return o;
}

QString PrintMapDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void PrintMapDialog::setOutputPath(const QString& path)
{
    m_output->setText(path);
    m_format->setCurrentIndex(path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? 1 : 0);
}

void PrintMapDialog::retranslate()
{
    setWindowTitle(tr("Print map"));
    const QStringList labels = {tr("&Title:"), tr("&Subtitle:"), tr("&Sources:"), tr("&Paper:"),
                                tr("&Orientation:"), tr("&Format:"), tr("&File:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_orientation->setItemText(0, tr("Landscape"));
    m_orientation->setItemText(1, tr("Portrait"));
    m_format->setItemText(0, tr("PDF document"));
    m_format->setItemText(1, tr("PNG image, 300 dpi"));
    m_legend->setText(tr("&Legend"));
    m_scaleBar->setText(tr("Scale &bar"));
    m_northArrow->setText(tr("&North arrow"));
    m_inset->setText(tr("O&verview map (inset)"));
    m_browse->setText(tr("&Browse…"));
    m_print->setText(tr("&Print"));
}

void PrintMapDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PrintMapDialog::formatChanged()
{
    // Keep the file name in step with the format.
    const QString suffix = m_format->currentIndex() == 1 ? QStringLiteral("png") : QStringLiteral("pdf");
    const QFileInfo info(outputPath());
    if (!outputPath().isEmpty() && info.suffix().toLower() != suffix)
        m_output->setText(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') + suffix);
}

void PrintMapDialog::chooseFile()
{
    const bool png = m_format->currentIndex() == 1;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the map sheet"), outputPath(),
                                                      png ? tr("PNG images (*.png)") : tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_output->setText(path);
}

void PrintMapDialog::setRunning(bool running)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_subtitle, m_attribution, m_paper, m_orientation,
                                                      m_format, m_legend, m_inset, m_northArrow, m_scaleBar,
                                                      m_output, m_browse, m_print})
        w->setEnabled(!running);
}

void PrintMapDialog::startPrint()
{
    if (isRunning())
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file the map sheet is written to."));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    setRunning(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Printing…"));
    const QPointer<PrintMapDialog> self(this);
    const gis::PrintProgress progress = [self](int done, int total, const QString& step) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total, step] {
                if (!self)
                    return;
                self->m_progress->setRange(0, std::max(1, total));
                self->m_progress->setValue(std::min(done, total));
                self->m_status->setText(step);
            },
            Qt::QueuedConnection);
    };
    const bool png = m_format->currentIndex() == 1;
    // The worker reads a copy of the layers, never the live document.
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [layers = gis::renderLayersOf(m_doc, m_atlasPath), o = options(), path, png, progress,
                  cancel = m_cancel] {
            const auto r = png ? gis::printSheetToPng(layers, o, path, *cancel, progress)
                               : gis::printSheetToPdf(layers, o, path, *cancel, progress);
            if (!r)
                return PrintOutcome{false, r.error().message()};
            QStringList warnings;
            for (const core::Error& e : r.value().warnings)
                warnings << e.message();
            return PrintOutcome{true, warnings.join(QLatin1Char('\n'))};
        }));
}

void PrintMapDialog::reject()
{
    if (isRunning()) {
        m_cancel->store(true);
        m_closeWhenDone = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void PrintMapDialog::onFinished()
{
    const PrintOutcome outcome = m_watcher.result();
    setRunning(false);
    const bool cancelled = m_cancel && m_cancel->load() && !outcome.ok;
    const bool ok = outcome.ok;
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    QString message;
    if (ok) {
        message = tr("Map sheet written to %1").arg(QDir::toNativeSeparators(outputPath()));
        if (!outcome.detail.isEmpty())
            message += QLatin1Char('\n') + outcome.detail;
    } else if (cancelled) {
        message = tr("Printing cancelled; nothing was written.");
    } else {
        message = tr("The map sheet could not be written: %1").arg(outcome.detail);
    }
    m_status->setText(message);
    emit printFinished(ok, message);
    if (m_closeWhenDone)
        QDialog::reject();
}

}  // namespace atlas::ui
